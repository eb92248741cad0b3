package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// trimLocators cuts from a name the place it is located by, which
// recognizers take into the name, and keeps the place:
//   - "Lakeside-based Quillco Holdings": a town or country glued to
//     "-based" before a capitalised name is the place; the name after it
//     is the organization based there, whatever the recognizer typed;
//   - "Quillco Corp of Freedonia": a company's name ending in a corporate
//     word, then "of" and a country or place, is the company and the
//     place.
//
// The place is the gazetteer's reading of those words (gaz), taken only
// when it is a place or country; without one the words are dropped.
// Names the gazetteer knows are left alone.
func trimLocators(d *Document, ms, gaz []Mention) []Mention {
	out := mentionsFor(len(ms))
	for _, m := range ms {
		if m.Entry != nil || m.Type != graph.Organization && m.Type != graph.Person {
			out = append(out, m)
			continue
		}
		if k := basedAt(d, m); k > 0 {
			if p, ok := placeEndingAt(gaz, k, lastEnd(out)); ok {
				out = append(out, p)
			}
			m.Type, m.TokStart, m.Start = graph.Organization, k+2, d.Tokens[k+2].Start
			out = append(out, m)
			continue
		}
		if k, p := ofPlaceAt(d, m, gaz); k > 0 {
			m.TokEnd, m.End = k, d.Tokens[k-1].End
			out = append(out, m, p)
			continue
		}
		out = append(out, m)
	}
	return out
}

// lastEnd returns the token end of the last mention of ms, or 0.
func lastEnd(ms []Mention) int {
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].TokEnd
}

// basedAt returns the index of the dash of "-based" inside mention m when
// a capitalised name follows it there, else 0.
func basedAt(d *Document, m Mention) int {
	for k := m.TokStart + 1; k+2 < m.TokEnd; k++ {
		t, b := d.Tokens[k], d.Tokens[k+1]
		if isDash(t.Text) && !t.Space && !b.Space && strings.EqualFold(b.Text, "based") && startsName(d.Tokens[k+2]) {
			return k
		}
	}
	return 0
}

// placeEndingAt returns the gazetteer's place or country whose tokens end
// at token k and start at or after token from.
func placeEndingAt(gaz []Mention, k, from int) (Mention, bool) {
	for _, g := range gaz {
		if g.TokEnd == k && g.TokStart >= from && placeType(g.Type) {
			return g, true
		}
	}
	return Mention{}, false
}

// ofPlaceAt returns the index of the "of" in a company's mention m
// written "<name> <corporate word> of <place>", with the gazetteer's place
// or country that ends m, else 0.
func ofPlaceAt(d *Document, m Mention, gaz []Mention) (int, Mention) {
	if m.Type != graph.Organization {
		return 0, Mention{}
	}
	for k := m.TokStart + 2; k+1 < m.TokEnd; k++ {
		if low(d.Tokens[k]) != "of" || !corporateWords[strings.TrimSuffix(low(d.Tokens[k-1]), ".")] {
			continue
		}
		for _, g := range gaz {
			if g.TokStart == k+1 && g.TokEnd == m.TokEnd && placeType(g.Type) {
				return k, g
			}
		}
	}
	return 0, Mention{}
}

// placeType reports whether t is a place or a country.
func placeType(t graph.Type) bool { return t == graph.Place || t == graph.Country }
