package analytics

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// The kernels below compute one measure over a csr and return one score per
// node index. They are the unit a faster implementation replaces.

// degreeKernel returns the number of neighbours of every node.
func degreeKernel(c *csr) []float64 {
	s := make([]float64, c.n())
	for i := range s {
		s[i] = float64(c.offs[i+1] - c.offs[i])
	}
	return s
}

// strengthKernel returns the sum of the edge weights of every node.
func strengthKernel(c *csr) []float64 {
	s := make([]float64, c.n())
	for i := range s {
		_, w := c.row(int32(i))
		for _, x := range w {
			s[i] += x
		}
	}
	return s
}

// pageRankKernel returns PageRank with damping PageRankDamping on c seen
// as a directed graph with an arc each way per edge, a step from j going to
// neighbour i with probability w_ij/s_j (s_j the strength of j; 1/deg j when
// unweighted) and from an isolated node to any node uniformly. It iterates
//
//	x'_i = (1-d)/n + d·D/n + d·Σ_j w_ij·x_j/s_j     (D: the isolated nodes' mass)
//
// from the uniform vector until ‖x'-x‖₂ < PageRankTolerance, the fixed point
// of gonum's network.PageRankSparse, and returns it scaled to sum 1. Rows
// are split into contiguous blocks of about equal adjacency length, one
// per goroutine; each iteration reads only the previous vector, so the
// result does not depend on the number of goroutines.
func pageRankKernel(c *csr, weighted bool) []float64 {
	n := c.n()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	const d = PageRankDamping
	inv := make([]float64, n) // 1/s_j, 0 for isolated nodes
	isolated := 0
	for j := range n {
		if c.offs[j] == c.offs[j+1] {
			isolated++
			continue
		}
		s := float64(c.offs[j+1] - c.offs[j])
		if weighted {
			s = 0
			_, w := c.row(int32(j))
			for _, v := range w {
				s += v
			}
		}
		inv[j] = 1 / s
	}
	y := make([]float64, n) // x_j/s_j
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
		y[i] = x[i] * inv[i]
	}
	ynext := make([]float64, n)
	dangling := float64(isolated) / float64(n)

	blocks := rowBlocks(c, pageRankGrain)
	type partial struct {
		diff, dangling float64
		_              [6]float64 // keep partials on separate cache lines
	}
	parts := make([]partial, len(blocks)-1)
	sweep := func(b int) {
		lo, hi := blocks[b], blocks[b+1]
		base := (1-d)/float64(n) + d*dangling/float64(n)
		var diff, dang float64
		for i := lo; i < hi; i++ {
			a, e := c.offs[i], c.offs[i+1]
			var sum float64
			if weighted {
				w := c.w[a:e]
				for k, j := range c.adj[a:e] {
					sum += w[k] * y[j]
				}
			} else {
				for _, j := range c.adj[a:e] {
					sum += y[j]
				}
			}
			v := base + d*sum
			if a == e {
				dang += v
			}
			next[i] = v
			ynext[i] = v * inv[i]
			diff += (v - x[i]) * (v - x[i])
		}
		parts[b] = partial{diff: diff, dangling: dang}
	}
	for range pageRankMaxIter {
		if len(parts) == 1 {
			sweep(0)
		} else {
			forSources(len(parts), func(k, _ int) { sweep(k) })
		}
		var diff float64
		dangling = 0
		for _, p := range parts {
			diff += p.diff
			dangling += p.dangling
		}
		x, next = next, x
		y, ynext = ynext, y
		if math.Sqrt(diff) < PageRankTolerance {
			break
		}
	}
	var sum float64
	for _, v := range x {
		sum += v
	}
	for i := range x {
		x[i] /= sum
	}
	return x
}

// pageRankMaxIter bounds the PageRank iteration; with damping 0.85 the
// error shrinks at least 0.85-fold per step, so about 150 steps reach
// PageRankTolerance from any start.
const pageRankMaxIter = 10000

// pageRankGrain is the adjacency length below which a PageRank sweep is
// not worth splitting between goroutines (a sweep over it takes tens of
// microseconds, comparable to starting and joining them).
const pageRankGrain = 1 << 16

// rowBlocks splits the rows of c into at most GOMAXPROCS contiguous blocks
// of about equal adjacency length, at least grain long each, and returns
// their boundaries (block b is rows bounds[b]..bounds[b+1]-1).
func rowBlocks(c *csr, grain int) []int {
	n := c.n()
	m := len(c.adj)
	blocks := max(1, min(runtime.GOMAXPROCS(0), m/max(grain, 1)))
	bounds := []int{0}
	for b := 1; b < blocks; b++ {
		target := int32(m * b / blocks)
		i, _ := slices.BinarySearch(c.offs, target)
		bounds = append(bounds, max(i, bounds[len(bounds)-1]))
	}
	return append(bounds, n)
}

// hitsKernel returns the HITS hub scores: x ← A(Ax) scaled to sum 1 from
// the uniform vector until Σ|Δx| < HITSTolerance, A the weighted
// adjacency (all weights 1 when unweighted; c already holds them so). On a
// graph without edges every node scores 1/n. It returns the last iterate
// and ErrNotConverged after EigenvectorMaxIter steps.
func hitsKernel(c *csr, _ bool) ([]float64, error) {
	n := c.n()
	x := make([]float64, n)
	if n == 0 {
		return x, nil
	}
	for i := range x {
		x[i] = 1 / float64(n)
	}
	if len(c.adj) == 0 {
		return x, nil
	}
	y := make([]float64, n)
	z := make([]float64, n)
	blocks := rowBlocks(c, pageRankGrain)
	sums := make([]float64, len(blocks)-1)
	// mul sets dst = A·src and returns Σ dst, rows split into blocks.
	mul := func(dst, src []float64) float64 {
		sweep := func(b int) {
			var sum float64
			for i := blocks[b]; i < blocks[b+1]; i++ {
				nb, w := c.row(int32(i))
				var v float64
				for k, j := range nb {
					v += w[k] * src[j]
				}
				dst[i] = v
				sum += v
			}
			sums[b] = sum
		}
		if len(sums) == 1 {
			sweep(0)
		} else {
			forSources(len(sums), func(k, _ int) { sweep(k) })
		}
		var sum float64
		for _, x := range sums {
			sum += x
		}
		return sum
	}
	for range EigenvectorMaxIter {
		mul(y, x)
		sum := mul(z, y)
		var diff float64
		for i := range z {
			z[i] /= sum
			diff += math.Abs(z[i] - x[i])
		}
		x, z = z, x
		if diff < HITSTolerance {
			return x, nil
		}
	}
	return x, ErrNotConverged
}

// eigenvectorKernel iterates x ← (A+I)x/‖(A+I)x‖₂ from the uniform vector
// until Σ|Δx| < n·EigenvectorTolerance, like networkx's
// eigenvector_centrality. It returns the last iterate and ErrNotConverged
// if that takes more than EigenvectorMaxIter steps.
func eigenvectorKernel(c *csr) ([]float64, error) {
	n := c.n()
	x := make([]float64, n)
	if n == 0 {
		return x, nil
	}
	y := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range EigenvectorMaxIter {
		var norm float64
		for i := range y {
			v := x[i]
			nb, w := c.row(int32(i))
			for k, j := range nb {
				v += w[k] * x[j]
			}
			y[i] = v
			norm += v * v
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		var diff float64
		for i := range y {
			y[i] /= norm
			diff += math.Abs(y[i] - x[i])
		}
		x, y = y, x
		if diff < float64(n)*EigenvectorTolerance {
			return x, nil
		}
	}
	return x, ErrNotConverged
}

// workersFor returns how many goroutines to run over n sources:
// min(GOMAXPROCS, n).
func workersFor(n int) int { return min(runtime.GOMAXPROCS(0), n) }

// forSources calls work(k, workers) on workers goroutines and waits for
// them. Worker k is meant to handle the sources k, k+workers, k+2·workers,
// …, so the division of work depends on nothing but n and workers.
func forSources(workers int, work func(k, workers int)) {
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() { work(k, workers) })
	}
	wg.Wait()
}

// harmonicKernel returns Σ_{u≠v} 1/d(v,u) / (n-1) for every node v, with d
// the hop count (weighted false) or the sum of 1/w (weighted true).
// Unweighted, it runs 64 breadth-first searches at a time as one
// bit-parallel search (harmonicBatch); weighted, one Dijkstra search per
// source. Batches or sources are spread over GOMAXPROCS goroutines.
func harmonicKernel(c *csr, weighted bool) []float64 {
	n := c.n()
	s := make([]float64, n)
	if n < 2 {
		return s
	}
	var lens []float64
	if weighted {
		lens = lengths(c)
	}
	var order []int32
	// Weighted, leaves (see brandes) are not searched from: a leaf ℓ
	// hanging off p by an edge of length l is at distance l + d(p,t) from
	// every other t, so its sum is taken from p's search.
	var sources []int32
	leafOf := make(map[int32][]int32) // p → its leaves
	if weighted {
		for v := range int32(n) {
			if c.offs[v+1]-c.offs[v] == 1 {
				if p := c.adj[c.offs[v]]; c.offs[p+1]-c.offs[p] > 1 {
					leafOf[p] = append(leafOf[p], v)
					continue
				}
			}
			sources = append(sources, v)
		}
	} else {
		order = bfsOrder(c)
	}
	forSources(workersFor(n), func(k, workers int) {
		if weighted {
			d := newDijkstra(c, lens, pathEpsilon)
			for i := k; i < len(sources); i += workers {
				src := sources[i]
				d.run(src, false)
				var h float64
				for _, v := range d.order[1:] {
					h += 1 / d.dist[v]
				}
				s[src] = h / float64(n-1)
				for _, leaf := range leafOf[src] {
					l := lens[c.offs[leaf]] // the leaf's one edge
					var h float64
					for _, v := range d.order {
						if v != leaf {
							h += 1 / (l + d.dist[v])
						}
					}
					s[leaf] = h / float64(n-1)
				}
				d.reset()
			}
			return
		}
		hb := newHarmonicBatch(n)
		for first := k * 64; first < n; first += workers * 64 {
			hb.run(c, order[first:min(first+64, n)], s)
		}
	})
	if !weighted {
		for i := range s {
			s[i] /= float64(n - 1)
		}
	}
	return s
}

// bfsOrder returns the nodes of c in breadth-first order, component after
// component. Batching sources that are consecutive in it puts nearby
// sources together, whose searches then share more of their frontiers.
func bfsOrder(c *csr) []int32 {
	n := c.n()
	seen := make([]bool, n)
	order := make([]int32, 0, n)
	for s := range n {
		if seen[s] {
			continue
		}
		seen[s] = true
		order = append(order, int32(s))
		for head := len(order) - 1; head < len(order); head++ {
			nb, _ := c.row(order[head])
			for _, u := range nb {
				if !seen[u] {
					seen[u] = true
					order = append(order, u)
				}
			}
		}
	}
	return order
}

// harmonicBatch is the scratch space of a multi-source breadth-first search
// (MS-BFS, Then et al., "The More the Merrier: Efficient Multi-Source Graph
// Traversal", VLDB 2015): up to 64 searches advance together, bit i of a
// node's word standing for source i, so one pass over an edge serves all of
// them.
type harmonicBatch struct {
	seen, frontier, next []uint64
}

func newHarmonicBatch(n int) *harmonicBatch {
	return &harmonicBatch{seen: make([]uint64, n), frontier: make([]uint64, n), next: make([]uint64, n)}
}

// run sets out[v] = Σ_{u≠v} 1/d(v,u) (hop distances) for every source v in
// sources, at most 64 of them.
func (b *harmonicBatch) run(c *csr, sources []int32, out []float64) {
	clear(b.seen)
	clear(b.frontier)
	for i, v := range sources {
		bit := uint64(1) << i
		b.seen[v] |= bit
		b.frontier[v] |= bit
	}
	h := make([]float64, len(sources))
	active := true
	for d := 1; active; d++ {
		active = false
		// Push every frontier word to the neighbours.
		for v, f := range b.frontier {
			if f == 0 {
				continue
			}
			for _, w := range c.adj[c.offs[v]:c.offs[v+1]] {
				b.next[w] |= f
			}
		}
		inv := 1 / float64(d)
		for w, x := range b.next {
			if x == 0 {
				b.frontier[w] = 0
				continue
			}
			b.next[w] = 0
			x &^= b.seen[w]
			b.frontier[w] = x
			if x == 0 {
				continue
			}
			b.seen[w] |= x
			active = true
			for x != 0 {
				h[bits.TrailingZeros64(x)] += inv
				x &= x - 1
			}
		}
	}
	for i, v := range h {
		out[sources[i]] = v
	}
}

// betweennessKernel returns Brandes' betweenness of every node, summed over
// ordered source–target pairs and divided by (n-1)(n-2), which equals the
// undirected sum over unordered pairs divided by (n-1)(n-2)/2 (networkx's
// normalisation). Shortest paths count hops (weighted false) or sum 1/w,
// weighted lengths within eps relative counting as equal (Centrality uses
// pathEpsilon; 0 gives the exact comparisons of networkx and gonum).
func betweennessKernel(c *csr, weighted bool, eps float64) []float64 {
	n := c.n()
	if n < 3 {
		return make([]float64, n)
	}
	return brandes(c, weighted, eps, nil, 1/(float64(n-1)*float64(n-2)))
}

// sampledBetweennessKernel estimates betweenness from the given sources:
// Brandes' sums over them scaled by n/len(sources), then normalised as in
// betweennessKernel.
func sampledBetweennessKernel(c *csr, weighted bool, eps float64, sources []int32) []float64 {
	n := c.n()
	if n < 3 || len(sources) == 0 {
		return make([]float64, n)
	}
	return brandes(c, weighted, eps, sources, float64(n)/float64(len(sources))/(float64(n-1)*float64(n-2)))
}

// pivots returns k distinct node indices of 0..n-1 drawn uniformly with
// the seed PivotSeed, ascending.
func pivots(n, k int) []int32 {
	rng := rand.New(rand.NewPCG(PivotSeed, PivotSeed))
	perm := rng.Perm(n)[:k]
	out := make([]int32, k)
	for i, v := range perm {
		out[i] = int32(v)
	}
	slices.Sort(out)
	return out
}

// brandes runs Brandes' dependency accumulation from every source (sources
// nil) or from the given ones, and returns the sums multiplied by scale.
//
// Each worker accumulates its sources into its own vector; the vectors are
// added in worker order, so results are reproducible for a given GOMAXPROCS.
func brandes(c *csr, weighted bool, eps float64, sources []int32, scale float64) []float64 {
	n := c.n()
	s := make([]float64, n)
	// leaves[p] counts the leaves hanging off p. In an exact run leaves
	// are not sources: every shortest path from a leaf ℓ with neighbour p
	// starts with the edge ℓ–p and then follows p's shortest paths, so
	// δ_ℓ(v) = δ_p(v) for v ∉ {ℓ, p}, and δ_ℓ(p) counts every other node
	// of the component. p's dependencies are counted 1 + leaves[p] times
	// and p gets (component size - 2) per leaf; this removes a quarter of
	// the searches on news graphs, where many entities have one relation.
	// (A leaf is a node of degree 1 whose neighbour has a higher degree.)
	// Weighted with eps = 0 (exact comparisons, for checks against gonum)
	// the shortcut is off: ℓ's distances are sums in another order, so
	// exact ties can round differently.
	leaves := make([]int32, n)
	if sources == nil && (!weighted || eps > 0) {
		for v := range n {
			if c.offs[v+1]-c.offs[v] != 1 {
				sources = append(sources, int32(v))
				continue
			}
			p := c.adj[c.offs[v]]
			if c.offs[p+1]-c.offs[p] > 1 {
				leaves[p]++
			} else {
				sources = append(sources, int32(v))
			}
		}
	}
	if sources == nil {
		sources = make([]int32, n)
		for i := range sources {
			sources[i] = int32(i)
		}
	}
	count := len(sources)
	source := func(i int) int32 { return sources[i] }
	var lens []float64
	if weighted {
		lens = lengths(c)
	}
	parts := make([][]float64, workersFor(count))
	forSources(len(parts), func(k, workers int) {
		cb := make([]float64, n)
		delta := make([]float64, n)
		if weighted {
			d := newDijkstra(c, lens, eps)
			for i := k; i < count; i += workers {
				src := source(i)
				d.run(src, true)
				mult := float64(1 + leaves[src])
				cb[src] += float64(leaves[src]) * float64(len(d.order)-2)
				// Walk nodes in order of non-increasing distance and push
				// each one's dependency back to its predecessors.
				for i := len(d.order) - 1; i > 0; i-- {
					w := d.order[i]
					coef := (1 + delta[w]) / d.sigma[w]
					lo := c.offs[w]
					for j, v := range c.adj[lo:c.offs[w+1]] {
						if d.isPred(v, w, lens[lo+int32(j)]) {
							delta[v] += d.sigma[v] * coef
						}
					}
					cb[w] += mult * delta[w]
				}
				for _, v := range d.order {
					delta[v] = 0
				}
				d.reset()
			}
		} else {
			// Dependencies are pulled rather than pushed, a level at a
			// time: with t[u] = (1+δ[u])/σ[u], δ[w] = σ[w]·Σ t[u] over the
			// successors u of w (neighbours one level farther). While a
			// level is summed, t is non-zero only on the level below it,
			// so the sum runs over all neighbours without a branch;
			// results are written once the level is summed.
			t := delta
			sums := make([]float64, n)
			b := newBFS(n)
			for i := k; i < count; i += workers {
				src := source(i)
				b.run(c, src)
				order, dist, sigma := b.order, b.dist, b.sigma
				mult := float64(1 + leaves[src])
				cb[src] += float64(leaves[src]) * float64(len(order)-2)
				hi, below := len(order), len(order)
				for hi > 1 {
					lo, level := hi-1, dist[order[hi-1]]
					for lo > 1 && dist[order[lo-1]] == level {
						lo--
					}
					for x := lo; x < hi; x++ {
						w := order[x]
						var s0, s1 float64
						nb := c.adj[c.offs[w]:c.offs[w+1]]
						j := 0
						for ; j+1 < len(nb); j += 2 {
							s0 += t[nb[j]]
							s1 += t[nb[j+1]]
						}
						if j < len(nb) {
							s0 += t[nb[j]]
						}
						sums[x] = s0 + s1
					}
					for _, u := range order[hi:below] {
						t[u] = 0
					}
					for x := lo; x < hi; x++ {
						w, sum := order[x], sums[x]
						cb[w] += mult * sigma[w] * sum
						t[w] = 1/sigma[w] + sum
					}
					below, hi = hi, lo
				}
				for _, u := range order[1:below] {
					t[u] = 0
				}
				b.reset()
			}
		}
		parts[k] = cb
	})
	for _, cb := range parts {
		for i, x := range cb {
			s[i] += x
		}
	}
	for i := range s {
		s[i] *= scale
	}
	return s
}

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
