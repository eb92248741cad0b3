package analytics

import (
	"math/rand/v2"
	"slices"
)

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
	sources, leaves := brandesSources(c, weighted, eps, sources)
	count := len(sources)
	var lens []float64
	if weighted {
		lens = lengths(c)
	}
	parts := make([][]float64, workersFor(count))
	forSources(len(parts), func(k, workers int) {
		cb := make([]float64, n)
		mine := func(yield func(int32) bool) {
			for i := k; i < count; i += workers {
				if !yield(sources[i]) {
					return
				}
			}
		}
		if weighted {
			brandesWeighted(c, lens, eps, mine, leaves, cb)
		} else {
			brandesHops(c, mine, leaves, cb)
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

// brandesSources returns the sources brandes runs from (all nodes when
// sources is nil, less the leaves it can account for) and, per node, the
// leaves hanging off it.
func brandesSources(c *csr, weighted bool, eps float64, sources []int32) ([]int32, []int32) {
	n := c.n()
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
	return sources, leaves
}

// brandesWeighted adds to cb the weighted dependencies of the given
// sources, each counted 1 + leaves[src] times.
func brandesWeighted(c *csr, lens []float64, eps float64, sources func(func(int32) bool), leaves []int32, cb []float64) {
	n := c.n()
	delta := make([]float64, n)
	d := newDijkstra(c, lens, eps)
	for src := range sources {
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
}

// brandesHops adds to cb the hop-count dependencies of the given sources,
// each counted 1 + leaves[src] times.
func brandesHops(c *csr, sources func(func(int32) bool), leaves []int32, cb []float64) {
	n := c.n()
	delta := make([]float64, n)
	// Dependencies are pulled rather than pushed, a level at a
	// time: with t[u] = (1+δ[u])/σ[u], δ[w] = σ[w]·Σ t[u] over the
	// successors u of w (neighbours one level farther). While a
	// level is summed, t is non-zero only on the level below it,
	// so the sum runs over all neighbours without a branch;
	// results are written once the level is summed.
	t := delta
	sums := make([]float64, n)
	b := newBFS(n)
	for src := range sources {
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
