package analytics

import (
	"fmt"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Analysis is the analysed graph of one Graph under one Options
// (see Options), built once so that several measures can be
// computed without rebuilding it. It does not refer to the Graph it was
// built from, and is safe for concurrent use: every method only reads it.
type Analysis struct {
	c *csr
	o Options
}

// Analyse builds the analysed graph of g under o in O(n log n + r log r)
// time and O(n + r) memory for n entities and r relations.
func Analyse(g *graph.Graph, o Options) *Analysis {
	return &Analysis{c: buildCSR(g, o), o: o}
}

// AnalyseEdges builds an analysed graph directly from an edge list: nodes
// are ids (duplicates are merged), and every pair (u, v) with weight w
// adds w to the weight of the undirected edge u–v, as parallel relations
// do in Analyse. It is meant for benchmarks and for tools that already
// hold a graph as an edge list; pairs naming an ID not in ids, and loops,
// are ignored.
func AnalyseEdges(ids []graph.ID, edges [][2]graph.ID, weights []int, o Options) *Analysis {
	g := &graph.Graph{Entities: make([]graph.Entity, len(ids)), Relations: make([]graph.Relation, 0, len(edges))}
	for i, id := range ids {
		g.Entities[i].ID = id
	}
	for k, e := range edges {
		w := 1
		if k < len(weights) {
			w = weights[k]
		}
		g.Relations = append(g.Relations, graph.Relation{Source: e[0], Target: e[1], Kind: graph.CoMention, Weight: w})
	}
	return Analyse(g, o)
}

// IDs returns the entity IDs of the analysed graph in ascending order; the
// slices that Scores returns are parallel to it. The caller must not modify
// it.
func (a *Analysis) IDs() []graph.ID { return a.c.ids }

// Edges returns the number of edges of the analysed graph (pairs of
// adjacent entities).
func (a *Analysis) Edges() int { return len(a.c.adj) / 2 }

// Scores computes measure m for every node, parallel to IDs. Errors are as
// for Centrality.
func (a *Analysis) Scores(m Measure) ([]float64, error) {
	if !slices.Contains(Measures, m) {
		return nil, fmt.Errorf("%w %q", ErrUnknownMeasure, m)
	}
	c := a.c
	if err := c.checkWeights(); err != nil && m != Degree {
		return nil, err
	}
	weighted := !a.o.Unweighted
	switch m {
	case Degree:
		return degreeKernel(c), nil
	case WeightedDegree:
		return strengthKernel(c), nil
	case PageRank:
		return pageRankKernel(c, weighted), nil
	case Betweenness:
		if p := a.o.Pivots; p > 0 && p < c.n() {
			return sampledBetweennessKernel(c, weighted, pathEpsilon, pivots(c.n(), p)), nil
		}
		return betweennessKernel(c, weighted, pathEpsilon), nil
	case Closeness:
		return harmonicKernel(c, weighted), nil
	case Eigenvector:
		return eigenvectorKernel(c)
	default: // HITS
		return hitsKernel(c, weighted)
	}
}

// Centrality computes measure m for every entity, keyed by ID; see the
// package-level Centrality.
func (a *Analysis) Centrality(m Measure) (map[graph.ID]float64, error) {
	s, err := a.Scores(m)
	if s == nil {
		return nil, err
	}
	out := make(map[graph.ID]float64, len(a.c.ids))
	for i, id := range a.c.ids {
		out[id] = s[i]
	}
	return out, err
}

// Components returns the connected components of the analysed graph:
// every node's component number parallel to IDs, and the number of
// components. Components are numbered 0..k-1 by decreasing size, ties
// broken by the smallest member ID; an isolated entity is a component of
// its own.
func (a *Analysis) Components() ([]int, int) {
	c := a.c
	n := c.n()
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var sizes []int
	queue := make([]int32, 0, n)
	for s := range n {
		if comp[s] >= 0 {
			continue
		}
		k := len(sizes)
		comp[s] = k
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			nb, _ := c.row(queue[head])
			for _, u := range nb {
				if comp[u] < 0 {
					comp[u] = k
					queue = append(queue, u)
				}
			}
		}
		sizes = append(sizes, len(queue))
	}
	// Components were found in order of their smallest member, so a stable
	// sort by decreasing size breaks ties by smallest member.
	order := make([]int, len(sizes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return sizes[y] - sizes[x] })
	renum := make([]int, len(sizes))
	for newK, oldK := range order {
		renum[oldK] = newK
	}
	for i := range comp {
		comp[i] = renum[comp[i]]
	}
	return comp, len(sizes)
}

// Components returns every entity's connected component in the analysed
// graph of g under o (numbered as Analysis.Components numbers them) and the
// number of components.
func Components(g *graph.Graph, o Options) (map[graph.ID]int, int) {
	a := Analyse(g, o)
	comp, k := a.Components()
	out := make(map[graph.ID]int, len(comp))
	for i, id := range a.c.ids {
		out[id] = comp[i]
	}
	return out, k
}

// PivotSeed seeds the choice of sources for sampled betweenness
// (Options.Pivots).
const PivotSeed = 1

// SampledBetweennessError returns the half-width ε of a confidence
// interval for betweenness estimated from k pivots on n entities: with
// probability at least 1-delta, every entity's estimate is within ε of its
// exact (normalised) betweenness, where
//
//	ε = n/(n-1) · √( ln(2n/δ) / (2k) ).
//
// Each sampled source s contributes n·δ_s(v)/((n-1)(n-2)), a value in
// [0, n/(n-1)] whose mean over all sources is the exact score, so
// Hoeffding's inequality (which also holds for sampling without
// replacement) bounds one entity's error, and the union bound over the n
// entities gives the factor n inside the logarithm. The bound is
// worst-case; on news graphs the observed error is far smaller. It returns
// 0 when k ≥ n (the computation is then exact) and +Inf for k ≤ 0.
func SampledBetweennessError(n, k int, delta float64) float64 {
	if k >= n {
		return 0
	}
	if k <= 0 || n < 2 {
		return math.Inf(1)
	}
	return float64(n) / float64(n-1) * math.Sqrt(math.Log(2*float64(n)/delta)/(2*float64(k)))
}
