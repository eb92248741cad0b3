package analytics

import (
	"math"
	"math/bits"
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
