package analytics

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
)

// csr is the analysed graph (see Options) in compressed sparse row
// form. Offsets are int32, which bounds it to 2³¹-1 adjacency entries
// (about a billion edges). Nodes are indices 0..n-1 into ids, which
// ascends, so comparing indices compares entity IDs. The neighbours of node
// i are adj[offs[i]:offs[i+1]], ascending, with edge weights
// w[offs[i]:offs[i+1]]; every edge appears once in each direction.
type csr struct {
	ids  []graph.ID
	offs []int32
	adj  []int32
	w    []float64
	// bad records the first edge with a non-positive summed weight, if
	// any; see checkWeights.
	bad *badEdge
}

type badEdge struct {
	a, b graph.ID
	w    int64
}

// n returns the number of nodes.
func (c *csr) n() int { return len(c.ids) }

// row returns the neighbours of node i and the weights of the edges to them.
func (c *csr) row(i int32) ([]int32, []float64) {
	lo, hi := c.offs[i], c.offs[i+1]
	return c.adj[lo:hi], c.w[lo:hi]
}

// index returns the node index of the entity id.
func (c *csr) index(id graph.ID) (int32, bool) {
	i, ok := slices.BinarySearch(c.ids, id)
	return int32(i), ok
}

// weight returns the weight of the edge between i and j, or 0 and false.
func (c *csr) weight(i, j int32) (float64, bool) {
	nb, w := c.row(i)
	k, ok := slices.BinarySearch(nb, j)
	if !ok {
		return 0, false
	}
	return w[k], true
}

// checkWeights returns an error wrapping ErrWeight if the graph was built
// weighted and has an edge whose summed relation weight is not positive.
func (c *csr) checkWeights() error {
	if c.bad == nil {
		return nil
	}
	return fmt.Errorf("%w: %d between entities %d and %d", ErrWeight, c.bad.w, c.bad.a, c.bad.b)
}

// kindFilter returns a predicate reporting whether relations of a kind are
// followed under o.
func kindFilter(o Options) func(graph.Kind) bool {
	if len(o.Kinds) == 0 {
		return func(graph.Kind) bool { return true }
	}
	return func(k graph.Kind) bool { return slices.Contains(o.Kinds, k) }
}

// buildCSR builds the analysed graph of g under o. It runs in
// O(n log n + r log r) time for n entities and r relations.
func buildCSR(g *graph.Graph, o Options) *csr {
	c := &csr{ids: make([]graph.ID, 0, len(g.Entities))}
	for i := range g.Entities {
		c.ids = append(c.ids, g.Entities[i].ID)
	}
	slices.Sort(c.ids)
	c.ids = slices.Compact(c.ids)
	n := len(c.ids)

	type pair struct {
		u, v int32
		w    int64
	}
	follow := kindFilter(o)
	pairs := make([]pair, 0, len(g.Relations))
	for _, r := range g.Relations {
		if !follow(r.Kind) || r.Source == r.Target {
			continue
		}
		u, ok1 := c.index(r.Source)
		v, ok2 := c.index(r.Target)
		if !ok1 || !ok2 {
			continue
		}
		if u > v {
			u, v = v, u
		}
		pairs = append(pairs, pair{u, v, int64(r.Weight)})
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v)) })
	// Merge parallel relations, summing their weights.
	m := 0
	for _, p := range pairs {
		if m > 0 && pairs[m-1].u == p.u && pairs[m-1].v == p.v {
			pairs[m-1].w += p.w
			continue
		}
		pairs[m] = p
		m++
	}
	pairs = pairs[:m]

	c.offs = make([]int32, n+1)
	for _, p := range pairs {
		c.offs[p.u+1]++
		c.offs[p.v+1]++
	}
	for i := range n {
		c.offs[i+1] += c.offs[i]
	}
	c.adj = make([]int32, 2*len(pairs))
	c.w = make([]float64, 2*len(pairs))
	next := slices.Clone(c.offs[:n])
	// Pairs are sorted by (u, v) with u < v, so every row receives its
	// smaller neighbours (as v) before its larger ones (as u), each in
	// ascending order: rows come out sorted.
	for _, p := range pairs {
		w := float64(p.w)
		if o.Unweighted {
			w = 1
		} else if p.w <= 0 && c.bad == nil {
			c.bad = &badEdge{a: c.ids[p.u], b: c.ids[p.v], w: p.w}
		}
		c.adj[next[p.u]], c.w[next[p.u]] = p.v, w
		next[p.u]++
		c.adj[next[p.v]], c.w[next[p.v]] = p.u, w
		next[p.v]++
	}
	return c
}

// csrView presents a csr to gonum as a graph whose node IDs are the node
// indices and whose edge weights are w (parallel to c.adj), which lets one
// csr be seen with its weights or, say, with their reciprocals.
type csrView struct {
	c *csr
	w []float64
}

// undirectedView is a csrView as a gonum graph.WeightedUndirected.
type undirectedView struct{ csrView }

// directedView is a csrView as a gonum graph.WeightedDirected in which every
// undirected edge is a pair of opposite arcs.
type directedView struct{ csrView }

type csrNode int64

func (n csrNode) ID() int64 { return int64(n) }

type csrEdge struct {
	from, to int64
	w        float64
}

func (e csrEdge) From() gg.Node                  { return csrNode(e.from) }
func (e csrEdge) To() gg.Node                    { return csrNode(e.to) }
func (e csrEdge) ReversedEdge() gg.Edge          { e.from, e.to = e.to, e.from; return e }
func (e csrEdge) Weight() float64                { return e.w }
func (v csrView) has(id int64) bool              { return 0 <= id && id < int64(v.c.n()) }
func (v csrView) Nodes() gg.Nodes                { return iterator.NewImplicitNodes(0, v.c.n(), newCSRNode) }
func (v csrView) HasEdgeBetween(x, y int64) bool { _, ok := v.Weight(x, y); return ok && x != y }
func newCSRNode(id int) gg.Node                  { return csrNode(id) }

func (v csrView) Node(id int64) gg.Node {
	if !v.has(id) {
		return nil
	}
	return csrNode(id)
}

func (v csrView) From(id int64) gg.Nodes {
	if !v.has(id) {
		return gg.Empty
	}
	nb, _ := v.c.row(int32(id))
	return &rowNodes{nb: nb, i: -1}
}

func (v csrView) Weight(x, y int64) (float64, bool) {
	if !v.has(x) || !v.has(y) || x == y {
		return 0, false
	}
	nb, _ := v.c.row(int32(x))
	k, ok := slices.BinarySearch(nb, int32(y))
	if !ok {
		return 0, false
	}
	return v.w[int(v.c.offs[x])+k], true
}

func (v csrView) WeightedEdge(x, y int64) gg.WeightedEdge {
	w, ok := v.Weight(x, y)
	if !ok {
		return nil
	}
	return csrEdge{x, y, w}
}

func (v csrView) Edge(x, y int64) gg.Edge {
	if e := v.WeightedEdge(x, y); e != nil {
		return e
	}
	return nil
}

func (v undirectedView) EdgeBetween(x, y int64) gg.Edge { return v.Edge(x, y) }
func (v undirectedView) WeightedEdgeBetween(x, y int64) gg.WeightedEdge {
	return v.WeightedEdge(x, y)
}
func (v directedView) HasEdgeFromTo(x, y int64) bool { return v.HasEdgeBetween(x, y) }
func (v directedView) To(id int64) gg.Nodes          { return v.From(id) }

// rowNodes iterates over one csr row as gonum nodes.
type rowNodes struct {
	nb []int32
	i  int
}

func (r *rowNodes) Next() bool {
	if r.i < len(r.nb) {
		r.i++
	}
	return r.i < len(r.nb)
}
func (r *rowNodes) Len() int { return max(0, len(r.nb)-r.i-1) }
func (r *rowNodes) Reset()   { r.i = -1 }
func (r *rowNodes) Node() gg.Node {
	if r.i < 0 || r.i >= len(r.nb) {
		return nil
	}
	return csrNode(r.nb[r.i])
}
