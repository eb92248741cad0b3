package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// pluralDivisionHeads are the plurals of placeDivisionHeads ("counties",
// "provinces"): a list of places ends on one in "Los Angeles and Orange
// Counties", "the Punjab and Sindh provinces".
var pluralDivisionHeads = func() map[string]bool {
	m := map[string]bool{}
	for h := range placeDivisionHeads {
		switch {
		case strings.HasSuffix(h, "y") && !strings.HasSuffix(h, "ay"):
			m[strings.TrimSuffix(h, "y")+"ies"] = true // county → counties
		default:
			m[h+"s"] = true
		}
	}
	return m
}()

// pluralHeadForms gives each place written before a capitalised plural
// division head the form with it as an alias: in "Riverside and San
// Bernardino Counties" the last county is written "San Bernardino
// Counties", and the node carries the name as written (the head is
// shared by the list, so the place itself stays one entity, not merged
// with anything). A gazetteer entry keeps the node's name whatever its
// aliases.
func pluralHeadForms(d *Document, ex *Extraction) {
	for _, e := range ex.Entities {
		if e.Type != graph.Place || e.Entry == nil {
			// Only a place the gazetteer knows: the store names an entity
			// without an entry by its fullest form, which would make
			// "Imperial Valley" "Imperial Valley Counties".
			continue
		}
		for _, sp := range e.Mentions {
			rest := d.Text[sp.End:]
			if !strings.HasPrefix(rest, " ") {
				continue
			}
			w := rest[1:]
			if i := strings.IndexFunc(w, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }); i >= 0 {
				w = w[:i]
			}
			if startsUpper(w) && pluralDivisionHeads[strings.ToLower(w)] {
				addAlias(e, d.Text[sp.Start:sp.End+1+len(w)])
			}
		}
	}
}
