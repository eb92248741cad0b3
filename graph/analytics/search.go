package analytics

import (
	"math"
)

// Shortest-path searches from one source, the scratch space the
// betweenness and closeness kernels reuse across sources.

// bfs is the scratch space of one breadth-first search from a source:
// hop distances (-1 when unreached), shortest-path counts and the reached
// nodes in order of discovery. Reset clears only what a run touched.
type bfs struct {
	dist  []int32
	sigma []float64
	order []int32
}

func newBFS(n int) *bfs {
	b := &bfs{dist: make([]int32, n), sigma: make([]float64, n), order: make([]int32, 0, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

func (b *bfs) run(c *csr, src int32) {
	b.dist[src], b.sigma[src] = 0, 1
	b.order = append(b.order, src)
	for head := 0; head < len(b.order); head++ {
		v := b.order[head]
		dv := b.dist[v] + 1
		sv := b.sigma[v]
		for _, w := range c.adj[c.offs[v]:c.offs[v+1]] {
			if d := b.dist[w]; d < 0 {
				b.dist[w] = dv
				b.sigma[w] = sv
				b.order = append(b.order, w)
			} else if d == dv {
				b.sigma[w] += sv
			}
		}
	}
}

func (b *bfs) reset() {
	for _, v := range b.order {
		b.dist[v], b.sigma[v] = -1, 0
	}
	b.order = b.order[:0]
}

// pathEpsilon is the relative difference below which two weighted path
// lengths count as equal (igraph uses the same).
const pathEpsilon = 1e-10

// sameLength reports whether weighted path lengths a and b are equal up to
// eps relative.
func sameLength(a, b, eps float64) bool {
	return math.Abs(a-b) <= eps*max(math.Abs(a), math.Abs(b))
}

// dijkstra is the scratch space of one Dijkstra search from a source over
// edge lengths 1/w: distances (+Inf when unreached), shortest-path counts
// and the settled nodes in order of non-decreasing distance. Path lengths
// within eps relative count as equal when counting shortest paths.
type dijkstra struct {
	c       *csr
	lens    []float64 // edge lengths, parallel to c.adj
	eps     float64
	dist    []float64
	sigma   []float64
	settled []bool
	order   []int32
	heap    distHeap
}

func newDijkstra(c *csr, lens []float64, eps float64) *dijkstra {
	n := c.n()
	d := &dijkstra{c: c, lens: lens, eps: eps, dist: make([]float64, n), sigma: make([]float64, n), settled: make([]bool, n), order: make([]int32, 0, n), heap: newDistHeap(n)}
	for i := range d.dist {
		d.dist[i] = math.Inf(1)
	}
	return d
}

// isPred reports whether v precedes w on a shortest path from the source,
// w being reached from v by an edge of length l.
func (d *dijkstra) isPred(v, w int32, l float64) bool {
	return d.settled[v] && d.dist[v] < d.dist[w] && sameLength(d.dist[v]+l, d.dist[w], d.eps)
}

// lengths returns the edge lengths 1/w of c, parallel to c.adj.
func lengths(c *csr) []float64 {
	l := make([]float64, len(c.w))
	for i, w := range c.w {
		l[i] = 1 / w
	}
	return l
}

// run searches from src. With countPaths it also counts the shortest paths
// to every node (sigma), which closeness does not need.
func (d *dijkstra) run(src int32, countPaths bool) {
	d.dist[src] = 0
	d.heap.offer(0, src)
	for len(d.heap.items) > 0 {
		v := d.heap.pop()
		d.settled[v] = true
		d.order = append(d.order, v)
		lo, hi := d.c.offs[v], d.c.offs[v+1]
		nb, ls := d.c.adj[lo:hi], d.lens[lo:hi]
		if countPaths {
			if v == src {
				d.sigma[v] = 1
			} else {
				// Count shortest paths through every predecessor; all of
				// them are settled by now since they are strictly closer.
				for j, u := range nb {
					if d.isPred(u, v, ls[j]) {
						d.sigma[v] += d.sigma[u]
					}
				}
			}
		}
		dv := d.dist[v]
		for j, w := range nb {
			if nd := dv + ls[j]; nd < d.dist[w] && !d.settled[w] {
				d.dist[w] = nd
				d.heap.offer(nd, w)
			}
		}
	}
}

func (d *dijkstra) reset() {
	for _, v := range d.order {
		d.dist[v], d.sigma[v], d.settled[v] = math.Inf(1), 0, false
	}
	d.order = d.order[:0]
}

// distHeap is an indexed 4-ary min-heap of nodes keyed by distance (4-ary:
// half the levels of a binary heap, which pays off in pop). A node is in it
// at most once; offering a shorter distance moves it up.
type distHeap struct {
	items []heapItem
	pos   []int32 // index of each node in items, or -1
}

type heapItem struct {
	d float64
	v int32
}

func newDistHeap(n int) distHeap {
	h := distHeap{pos: make([]int32, n)}
	for i := range h.pos {
		h.pos[i] = -1
	}
	return h
}

// offer inserts v with distance d, or lowers its distance to d.
func (h *distHeap) offer(d float64, v int32) {
	i := h.pos[v]
	if i < 0 {
		i = int32(len(h.items))
		h.items = append(h.items, heapItem{d, v})
	} else {
		h.items[i].d = d
	}
	h.up(i)
}

func (h *distHeap) up(i int32) {
	a := h.items
	it := a[i]
	for i > 0 {
		p := (i - 1) / 4
		if a[p].d <= it.d {
			break
		}
		a[i] = a[p]
		h.pos[a[i].v] = i
		i = p
	}
	a[i] = it
	h.pos[it.v] = i
}

// pop removes and returns the node with the smallest distance. It moves
// the hole left at the root down to a leaf along the smallest children and
// then lets the last item rise from there ("bottom-up" deletion): the last
// item usually belongs near the bottom, so this saves a comparison per
// level.
func (h *distHeap) pop() int32 {
	a := h.items
	top := a[0].v
	h.pos[top] = -1
	last := a[len(a)-1]
	a = a[:len(a)-1]
	h.items = a
	n := int32(len(a))
	if n == 0 {
		return top
	}
	i := int32(0)
	for {
		c := 4*i + 1
		if c >= n {
			break
		}
		m := c
		for j := c + 1; j < min(c+4, n); j++ {
			if a[j].d < a[m].d {
				m = j
			}
		}
		a[i] = a[m]
		h.pos[a[i].v] = i
		i = m
	}
	a[i] = last
	h.up(i)
	return top
}
