package web

import (
	"cmp"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
)

// view is a loaded graph with the indexes the pages need. It is never
// changed after newView: a curation builds a new one.
type view struct {
	g *graph.Graph
	// names indexes the entities' folded names for search, which would
	// otherwise fold all of them on every query.
	names *names.Index
	// rels lists, per entity, the indexes in g.Relations of its relations.
	rels map[graph.ID][]int
	// arts lists, per entity, the indexes in g.Articles of its articles.
	arts    map[graph.ID][]int
	article map[string]int
	// sources lists the articles' sources, sorted, for the graph filter.
	sources []string
}

func newView(g *graph.Graph) *view {
	v := &view{g: g, names: names.NewIndex(g).Fold(), rels: map[graph.ID][]int{}, arts: map[graph.ID][]int{}, article: map[string]int{}}
	for i, r := range g.Relations {
		v.rels[r.Source] = append(v.rels[r.Source], i)
		if r.Target != r.Source {
			v.rels[r.Target] = append(v.rels[r.Target], i)
		}
	}
	for i, a := range g.Articles {
		v.article[a.ID] = i
		for _, id := range a.Entities {
			v.arts[id] = append(v.arts[id], i)
		}
	}
	srcs := map[string]bool{}
	for _, a := range g.Articles {
		if a.Source != "" && !srcs[a.Source] {
			srcs[a.Source] = true
			v.sources = append(v.sources, a.Source)
		}
	}
	slices.Sort(v.sources)
	return v
}

// articleByID returns an article's metadata, or nil.
func (v *view) articleByID(id string) *graph.Article {
	i, ok := v.article[id]
	if !ok {
		return nil
	}
	return &v.g.Articles[i]
}

// other returns the end of r that is not id.
func other(r *graph.Relation, id graph.ID) graph.ID {
	if r.Source == id {
		return r.Target
	}
	return r.Source
}

// neighbour is one relation of an entity seen from it.
type neighbour struct {
	Rel   *graph.Relation
	Other *graph.Entity
	// Outgoing is true when the entity is the relation's source.
	Outgoing bool
}

// neighbours returns the relations of id that pass f, heaviest first.
func (v *view) neighbours(id graph.ID, f filter) []neighbour {
	var out []neighbour
	for _, i := range v.rels[id] {
		r := &v.g.Relations[i]
		if !f.keep(v, r) {
			continue
		}
		o := v.g.Entity(other(r, id))
		if o == nil {
			continue
		}
		out = append(out, neighbour{Rel: r, Other: o, Outgoing: r.Source == id})
	}
	slices.SortStableFunc(out, func(a, b neighbour) int {
		return cmp.Or(cmp.Compare(b.Rel.Weight, a.Rel.Weight), cmp.Compare(b.Rel.Confidence, a.Rel.Confidence),
			cmp.Compare(a.Other.ID, b.Other.ID))
	})
	return out
}

// degree counts an entity's relations.
func (v *view) degree(id graph.ID) int { return len(v.rels[id]) }

// heaviest returns the relation of id with the most evidence (the
// first such), or nil.
func (v *view) heaviest(id graph.ID) *graph.Relation {
	var best *graph.Relation
	for _, i := range v.rels[id] {
		if r := &v.g.Relations[i]; best == nil || r.Weight > best.Weight {
			best = r
		}
	}
	return best
}
