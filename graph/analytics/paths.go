package analytics

// Paths, neighbourhoods and ego graphs over the analysed graph (see
// Options). Each call builds the analysed graph
// afresh, in O(n log n + r log r) for n entities and r relations.

import (
	"cmp"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// ShortestPath returns the IDs of the entities on a path from a to b, a and
// b included, over the analysed graph (see Options). The path has
// the fewest hops; among those, the largest total edge weight (when not
// Unweighted); among those, the lexicographically smallest sequence of IDs
// read from a. It returns []ID{a} when a == b and a is an entity, and nil
// when a or b is not an entity or b cannot be reached from a.
func ShortestPath(g *graph.Graph, a, b graph.ID, o Options) []graph.ID {
	c := buildCSR(g, o)
	ia, ok1 := c.index(a)
	ib, ok2 := c.index(b)
	if !ok1 || !ok2 {
		return nil
	}
	if ia == ib {
		return []graph.ID{a}
	}

	// Breadth-first search from b until a is found: every node closer to
	// b than a is then discovered.
	n := c.n()
	dist := make([]int32, n)
	for i := range dist {
		dist[i] = -1
	}
	dist[ib] = 0
	order := []int32{ib}
search:
	for head := 0; head < len(order); head++ {
		v := order[head]
		nb, _ := c.row(v)
		for _, u := range nb {
			if dist[u] < 0 {
				dist[u] = dist[v] + 1
				order = append(order, u)
				if u == ia {
					break search
				}
			}
		}
	}
	if dist[ia] < 0 {
		return nil
	}

	// best[v] is the largest weight of a fewest-hop path from v to b, for
	// the nodes closer to b than a, and a itself. Edge weights are sums of
	// integers, so the float64 sums compare exactly.
	best := make([]float64, n)
	bestOf := func(v int32) float64 {
		m := math.Inf(-1)
		nb, w := c.row(v)
		for k, u := range nb {
			if dist[u] >= 0 && dist[u] == dist[v]-1 {
				m = max(m, w[k]+best[u])
			}
		}
		return m
	}
	for _, v := range order[1:] {
		if dist[v] >= dist[ia] {
			break
		}
		best[v] = bestOf(v)
	}
	best[ia] = bestOf(ia)

	// Walk from a, each step to the smallest-ID neighbour one hop closer
	// to b that keeps the best weight; rows ascend, so that is the first.
	path := make([]graph.ID, 1, dist[ia]+1)
	path[0] = a
	for v := ia; v != ib; {
		next := int32(-1)
		nb, w := c.row(v)
		for k, u := range nb {
			if dist[u] >= 0 && dist[u] == dist[v]-1 && w[k]+best[u] == best[v] {
				next = u
				break
			}
		}
		if next < 0 {
			panic("graph: ShortestPath lost its way") // unreachable: best[v] is attained by some step
		}
		v = next
		path = append(path, c.ids[v])
	}
	return path
}

// Neighbour is an entity found by Neighbours.
type Neighbour struct {
	ID graph.ID `json:"id"`
	// Depth is the number of hops from the start entity.
	Depth int `json:"depth"`
	// Kind and Weight are those of the strongest followed relation linking
	// the entity to any entity one hop closer to the start: the highest
	// Weight, ties broken in favour of kinds other than CoMention, then by
	// kind name.
	Kind   graph.Kind `json:"kind"`
	Weight int        `json:"weight"`
}

// Neighbours returns the entities at 1 to depth hops from id in the analysed
// graph (see Options; the kinds filter selects the relations
// followed, Unweighted has no effect), found by breadth-first search. The
// start entity itself is not included. They come nearest first, then by
// descending Weight, then by ascending ID. Neighbours returns nil when id is
// not an entity or depth < 1.
func Neighbours(g *graph.Graph, id graph.ID, depth int, o Options) []Neighbour {
	c := buildCSR(g, o)
	dist := hopsWithin(c, id, depth)
	if dist == nil || depth < 1 {
		return nil
	}

	// For every reached node, the strongest relation to a node one hop
	// closer.
	via := make([]*graph.Relation, c.n())
	follow := kindFilter(o)
	consider := func(r *graph.Relation, from, to graph.ID) {
		i, _ := c.index(from)
		j, _ := c.index(to)
		if dist[i] < 0 || dist[j] != dist[i]+1 {
			return
		}
		if via[j] == nil || stronger(r, via[j]) {
			via[j] = r
		}
	}
	for k := range g.Relations {
		r := &g.Relations[k]
		if !follow(r.Kind) || r.Source == r.Target {
			continue
		}
		if _, ok := c.index(r.Source); !ok {
			continue
		}
		if _, ok := c.index(r.Target); !ok {
			continue
		}
		consider(r, r.Source, r.Target)
		consider(r, r.Target, r.Source)
	}

	var out []Neighbour
	for i, d := range dist {
		if d > 0 {
			r := via[i]
			out = append(out, Neighbour{ID: c.ids[i], Depth: int(d), Kind: r.Kind, Weight: r.Weight})
		}
	}
	slices.SortFunc(out, func(a, b Neighbour) int {
		return cmp.Or(cmp.Compare(a.Depth, b.Depth), cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// stronger reports whether relation a is stronger than b: a higher Weight,
// or the same Weight and a kind ranked first (kinds other than CoMention
// before CoMention, then by name).
func stronger(a, b *graph.Relation) bool {
	if a.Weight != b.Weight {
		return a.Weight > b.Weight
	}
	if (a.Kind == graph.CoMention) != (b.Kind == graph.CoMention) {
		return b.Kind == graph.CoMention
	}
	return a.Kind < b.Kind
}

// hopsWithin returns the hop distance from id of every node of c, -1 for
// nodes farther than depth hops or unreachable, or nil if id is not a node.
func hopsWithin(c *csr, id graph.ID, depth int) []int32 {
	src, ok := c.index(id)
	if !ok {
		return nil
	}
	dist := make([]int32, c.n())
	for i := range dist {
		dist[i] = -1
	}
	dist[src] = 0
	queue := []int32{src}
	for head := 0; head < len(queue); head++ {
		v := queue[head]
		if int(dist[v]) >= depth {
			break
		}
		nb, _ := c.row(v)
		for _, u := range nb {
			if dist[u] < 0 {
				dist[u] = dist[v] + 1
				queue = append(queue, u)
			}
		}
	}
	return dist
}

// Ego returns the ego graph of id: the entities at most depth hops from id
// in the analysed graph (see Options), id included, and every
// relation among them of the followed kinds (all kinds when o.Kinds is
// empty), directed and parallel ones included. As with Graph.Subgraph, the
// articles are kept as they are. Ego returns nil when id is not an entity;
// a depth below 1 gives the entity alone.
func Ego(g *graph.Graph, id graph.ID, depth int, o Options) *graph.Graph {
	c := buildCSR(g, o)
	dist := hopsWithin(c, id, max(depth, 0))
	if dist == nil {
		return nil
	}
	sub := g.Subgraph(func(e *graph.Entity) bool {
		i, _ := c.index(e.ID)
		return dist[i] >= 0
	})
	follow := kindFilter(o)
	sub.Relations = slices.DeleteFunc(sub.Relations, func(r graph.Relation) bool { return !follow(r.Kind) })
	return sub
}
