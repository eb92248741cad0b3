package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// writtenForms adds to an article's entities the longer forms the text
// writes them in beside another name, so that the node carries the name
// as written:
//   - a town with its region (a state, a province) or country after a
//     comma ("Springvale, Ohio", "Lindenau, Germany") is known by that
//     form too;
//   - an organization right after a country or region
//     ("U.S. Bureau of Examples", "Ohio Department of Roads") is known by
//     the prefixed form too, as news writes agencies with and without it.
//
// Only mentions of two different entities written next to each other
// count; nothing is merged or retyped.
func writtenForms(d *Document, ex *Extraction) {
	type at struct {
		sp graph.Span
		e  *Entity
	}
	var spans []at
	for _, e := range ex.Entities {
		for _, sp := range e.Mentions {
			spans = append(spans, at{sp, e})
		}
	}
	slices.SortFunc(spans, func(a, b at) int { return a.sp.Start - b.sp.Start })
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if a.e == b.e || a.sp.End > b.sp.Start {
			continue
		}
		switch gap := d.Text[a.sp.End:b.sp.Start]; {
		case gap == ", " && town(a.e) && region(b.e) && (a.e.Entry == nil || a.e.Entry.Country == b.e.Entry.Country):
			addAlias(a.e, d.Text[a.sp.Start:b.sp.End])
		case gap == " " && region(a.e) && b.e.Type == graph.Organization:
			addAlias(b.e, d.Text[a.sp.Start:b.sp.End])
		}
	}
}

// town reports whether e is a place below a region: a town the gazetteer
// knows, or a place it does not know.
func town(e *Entity) bool {
	return e.Type == graph.Place && (e.Entry == nil || strings.HasPrefix(e.Entry.ID, "place:"))
}

// region reports whether e is a country or a first-level region of one
// (a state, a province) in the gazetteer. A list of places ("Ohio,
// Texas") is told from a town and its region by the town.
func region(e *Entity) bool {
	return e.Entry != nil && (e.Type == graph.Country || e.Type == graph.Place) &&
		(strings.HasPrefix(e.Entry.ID, "country:") || strings.HasPrefix(e.Entry.ID, "region:"))
}

// addAlias adds alias a to e unless e has it.
func addAlias(e *Entity, a string) {
	if a != e.Name && !slices.Contains(e.Aliases, a) {
		e.Aliases = append(e.Aliases, a)
	}
}
