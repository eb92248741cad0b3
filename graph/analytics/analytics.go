package analytics

// Analytics: centrality and communities here; shortest paths,
// neighbourhoods and ego graphs in paths.go. All work on the analysed graph
// described at Options, built once per call as a compressed sparse
// row adjacency (type csr, analytics_csr.go); each measure is a small kernel
// over it (analytics_kernels.go), so faster kernels can replace these
// without touching the exported functions.

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	gg "gonum.org/v1/gonum/graph"
)

// Measure names a node centrality measure computed by Centrality.
type Measure string

// The centrality measures. See Measure.Definition for what each computes;
// the definitions are repeated here for readers of the source:
//
//   - degree: the number of distinct neighbours.
//   - weighted_degree: the sum of the weights of a node's edges (equal to
//     degree when unweighted).
//   - pagerank: PageRank with damping 0.85 over the analysed graph taken as
//     directed both ways, a random step following an edge with probability
//     proportional to its weight; isolated nodes teleport uniformly; iterated
//     until the L2 change is below 1e-10; scores sum to 1.
//   - betweenness: exact shortest-path betweenness (Brandes), normalised as
//     networkx's betweenness_centrality(normalized=True) for undirected
//     graphs: the sum over unordered pairs {s,t} not containing v of
//     σ_st(v)/σ_st, divided by (n-1)(n-2)/2. Path length is the number of
//     hops when unweighted, otherwise the sum of 1/weight over the edges.
//   - closeness: harmonic closeness Σ_{u≠v} 1/d(v,u) / (n-1), where
//     unreachable pairs contribute 0, with d as for betweenness.
//   - eigenvector: the principal eigenvector of the (weighted) adjacency
//     matrix, scaled to Euclidean norm 1 as networkx's
//     eigenvector_centrality does.
//   - hits: the HITS hub score (Kleinberg), the principal eigenvector of
//     AᵀA, scaled to sum 1 as networkx's hits does. On the undirected
//     analysed graph hub and authority scores are equal.
const (
	Degree         Measure = "degree"
	WeightedDegree Measure = "weighted_degree"
	PageRank       Measure = "pagerank"
	Betweenness    Measure = "betweenness"
	Closeness      Measure = "closeness"
	Eigenvector    Measure = "eigenvector"
	HITS           Measure = "hits"
)

// Measures lists every centrality measure in a fixed order (used for help
// text and for tables with one column per measure).
var Measures = []Measure{Degree, WeightedDegree, PageRank, Betweenness, Closeness, Eigenvector, HITS}

// Parameters of the iterative measures.
const (
	// PageRankDamping is the probability that the PageRank random walker
	// follows an edge rather than jumping to a uniformly chosen node.
	PageRankDamping = 0.85
	// PageRankTolerance ends the PageRank iteration when the Euclidean norm
	// of the change of the score vector falls below it.
	PageRankTolerance = 1e-10
	// EigenvectorTolerance ends the eigenvector iteration when the sum of
	// the absolute changes of the scores falls below n × EigenvectorTolerance
	// (the stopping rule of networkx's eigenvector_centrality).
	EigenvectorTolerance = 1e-10
	// HITSTolerance ends the HITS iteration when the sum of the absolute
	// changes of the scores (which sum to 1) falls below it.
	HITSTolerance = 1e-11
	// EigenvectorMaxIter bounds the eigenvector and HITS iterations.
	EigenvectorMaxIter = 1000
)

// Errors returned by the analytics. Check them with errors.Is.
var (
	// ErrUnknownMeasure is returned by Centrality and ParseMeasure for a
	// measure not in Measures.
	ErrUnknownMeasure = errors.New("graph: unknown measure")
	// ErrNotConverged is returned by Centrality when an iterative measure
	// did not meet its tolerance within its iteration limit. The scores of
	// the last iteration are returned with it.
	ErrNotConverged = errors.New("graph: centrality did not converge")
	// ErrWeight is returned when a weighted analysis meets an edge whose
	// summed relation weight is not positive.
	ErrWeight = errors.New("graph: non-positive edge weight")
)

var definitions = map[Measure]string{
	Degree:         "number of distinct neighbours",
	WeightedDegree: "sum of the weights of the node's edges (supporting sentences); equals degree when unweighted",
	PageRank: "PageRank with damping 0.85, each step following an edge with probability proportional to its weight " +
		"(isolated entities jump uniformly), tolerance 1e-10; scores sum to 1",
	Betweenness: "exact shortest-path betweenness (Brandes), normalised like networkx: the share of shortest paths " +
		"between other pairs passing through the node, summed over pairs and divided by (n-1)(n-2)/2; " +
		"a path's length is its number of hops when unweighted, otherwise the sum of 1/weight over its edges",
	Closeness: "harmonic closeness: the sum of 1/distance to every other entity divided by n-1 " +
		"(unreachable entities add 0); distance as for betweenness",
	Eigenvector: "principal eigenvector of the (weighted) adjacency matrix by power iteration, " +
		"Euclidean norm 1 like networkx; on a disconnected graph entities outside the components " +
		"with the largest leading eigenvalue score (nearly) 0",
	HITS: "HITS hub score: principal eigenvector of AᵀA for the (weighted) adjacency A, scores sum to 1 " +
		"like networkx; hub and authority scores coincide on the undirected graph",
}

// Definition returns a one-line definition of m for help text, or "" if m is
// not a known measure.
func (m Measure) Definition() string { return definitions[m] }

// ParseMeasure returns the measure named s, or an error wrapping
// ErrUnknownMeasure.
func ParseMeasure(s string) (Measure, error) {
	m := Measure(s)
	if !slices.Contains(Measures, m) {
		return "", fmt.Errorf("%w %q (want one of %v)", ErrUnknownMeasure, s, Measures)
	}
	return m, nil
}

// Options selects the analysed graph that Centrality, Communities,
// ShortestPath, Neighbours and Ego work on: the undirected simple graph whose
// nodes are all the entities of g (isolated ones included) and in which two
// distinct entities are adjacent when at least one relation of a followed
// kind (every kind, or those in Kinds) links them, in either direction. The
// weight of an edge is the sum of the Weight fields (supporting sentences)
// of the relations it merges, or 1 when Unweighted is set. Relations that
// loop on one entity, or that name an entity missing from g.Entities, are
// ignored. The zero value follows every relation, with its weight.
type Options struct {
	// Unweighted gives every edge weight 1.
	Unweighted bool
	// Kinds restricts the relations that make edges to these kinds; nil or
	// empty means every kind.
	Kinds []graph.Kind
	// Pivots, when positive and below the number of entities, makes
	// betweenness approximate: Brandes' accumulation runs from Pivots
	// source entities drawn uniformly without replacement (seeded by
	// PivotSeed, so the same graph gives the same estimate) and the sums
	// are scaled by n/Pivots. See SampledBetweennessError for the error
	// bound. Other measures ignore it.
	Pivots int
}

// Centrality computes measure m for every entity of g over the analysed
// graph (see Options), returning one score per entity, isolated
// entities included (they score 0 except for pagerank, where they keep
// their teleport share, and eigenvector on a graph without edges, where all
// entities score 1/√n).
//
// The measures are defined in the documentation of the Measure constants.
// In more detail:
//
// Betweenness and closeness are exact (unless Pivots is set) and run one
// breadth-first search (unweighted) or Dijkstra search (weighted) per
// source over runtime.GOMAXPROCS goroutines, with memory linear in the size
// of the graph. Unweighted closeness runs 64 searches at once as one
// bit-parallel search; exact betweenness skips entities with a single
// neighbour as sources, since their dependencies are that neighbour's. Weighted path lengths are sums of 1/weight, so an edge supported
// by more sentences is shorter; two weighted paths count as equally short
// when their lengths differ by at most 1e-10 relative (as igraph does; networkx compares
// exactly, so on such near-ties its weighted betweenness can differ).
// Closeness is harmonic closeness, which is defined on disconnected graphs;
// with fewer than two entities it is 0, and betweenness is 0 with fewer
// than three.
//
// PageRank is power iteration from the uniform vector over the csr, rows
// split between runtime.GOMAXPROCS goroutines; it gives gonum's
// network.PageRankSparse result (tested to 1e-9) in a fraction of its time,
// and the same scores on every run.
//
// HITS iterates x ← AᵀAx normalised to sum 1 from the uniform vector until
// Σ|Δx| < HITSTolerance.
//
// Betweenness with Pivots set is Brandes' estimator from a uniform sample
// of sources; see SampledBetweennessError.
//
// Eigenvector centrality iterates x ← (A+I)x / ‖(A+I)x‖₂ from the uniform
// vector, exactly as networkx's eigenvector_centrality does (adding I keeps
// bipartite graphs from oscillating without changing the eigenvectors). On a
// disconnected graph the scores concentrate on the component(s) with the
// largest leading eigenvalue and tend to 0 elsewhere; several components
// sharing that eigenvalue each get their own principal eigenvector scaled by
// the sum of its entries (so identical components score identically), the
// whole again of norm 1. If the iteration has not converged after EigenvectorMaxIter
// steps, the last iterate is returned together with an error wrapping
// ErrNotConverged.
//
// Centrality returns an error wrapping ErrUnknownMeasure for an unknown
// measure and one wrapping ErrWeight when a weighted measure meets an edge
// with non-positive weight.
func Centrality(g *graph.Graph, m Measure, o Options) (map[graph.ID]float64, error) {
	return Analyse(g, o).Centrality(m)
}

// CommunitySeed seeds the random source of the Louvain algorithm in
// Communities, so that one graph always gets one partition.
const CommunitySeed = 1

// Communities partitions the analysed graph (see Options) with the
// Louvain algorithm at resolution 1, run on the compact adjacency
// (analytics_louvain.go) with its node order shuffled by
// rand.NewPCG(CommunitySeed, CommunitySeed), so the same graph always gives
// the same partition. It reaches the modularity of gonum's
// community.Modularize (tested) and of igraph's community_multilevel
// (compared by scripts/bench-analytics) in a small fraction of gonum's
// time. It returns every entity's community and the
// partition's modularity
//
//	Q = 1/2m Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j)
//
// (A the weighted adjacency, k_i the weighted degree, m the total weight).
// Communities are numbered 0..k-1 by decreasing size, ties broken by the
// smallest member ID. Isolated entities form communities of their own. A
// graph without edges has only singleton communities and Q = 0.
//
// Communities returns an error wrapping ErrWeight when, weighted, it meets
// an edge with non-positive weight.
func Communities(g *graph.Graph, o Options) (map[graph.ID]int, float64, error) {
	a := Analyse(g, o)
	member, q, err := a.Communities()
	if err != nil {
		return nil, 0, err
	}
	out := make(map[graph.ID]int, len(member))
	for i, id := range a.c.ids {
		out[id] = member[i]
	}
	return out, q, nil
}

// Communities is the package-level Communities on the analysed graph: every
// node's community, parallel to IDs, and the modularity.
func (a *Analysis) Communities() ([]int, float64, error) {
	c := a.c
	if err := c.checkWeights(); err != nil {
		return nil, 0, err
	}
	member, q := louvain(c)
	byComm := make(map[int32][]int32)
	for i, m := range member {
		byComm[m] = append(byComm[m], int32(i))
	}
	groups := make([][]int32, 0, len(byComm))
	for _, members := range byComm {
		groups = append(groups, members) // ascending: built in index order
	}
	// Members are node indices, which ascend with entity IDs, so comparing
	// first members compares smallest member IDs.
	slices.SortFunc(groups, func(a, b []int32) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	out := make([]int, c.n())
	for k, members := range groups {
		for _, i := range members {
			out[i] = k
		}
	}
	return out, q, nil
}

// compile-time checks that the gonum views satisfy what Modularize, Q and
// PageRankSparse need.
var (
	_ gg.WeightedUndirected = undirectedView{}
	_ gg.WeightedDirected   = directedView{}
)
