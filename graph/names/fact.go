package names

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Fact returns one fact that tells e apart from entities of the same name,
// for listing ambiguous candidates: its party (the heaviest member_of
// relation to a party), its country (the gazetteer's, or the heaviest
// located_in relation to a country), its role, or else the title of the
// first article (earliest dated, then in store order) that mentions it.
// It returns "" when there is none.
func Fact(g *graph.Graph, e *graph.Entity) string {
	if p := heaviest(g, e.ID, graph.MemberOf, graph.Party); p != nil {
		return "party: " + p.Name
	}
	if c := e.Attrs["country"]; c != "" {
		return "country: " + c
	}
	if c := heaviest(g, e.ID, graph.LocatedIn, graph.Country); c != nil {
		return "country: " + c.Name
	}
	if r := e.Attrs["role"]; r != "" {
		return "role: " + r
	}
	var first *graph.Article
	for i := range g.Articles {
		a := &g.Articles[i]
		if _, ok := slices.BinarySearch(a.Entities, e.ID); !ok {
			continue
		}
		if first == nil || a.Date != "" && (first.Date == "" || a.Date < first.Date) {
			first = a
		}
	}
	if first != nil && first.Title != "" {
		return "first article: " + first.Title
	}
	return ""
}

// heaviest returns the entity of type t that e relates to by a kind
// relation with the greatest weight, or nil.
func heaviest(g *graph.Graph, id graph.ID, kind graph.Kind, t graph.Type) *graph.Entity {
	var best *graph.Entity
	w := 0
	for _, r := range g.Relations {
		if r.Kind != kind || r.Source != id || r.Weight <= w {
			continue
		}
		if o := g.Entity(r.Target); o != nil && o.Type == t {
			best, w = o, r.Weight
		}
	}
	return best
}
