package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A country named right after a player or club says where they come
// from, not which team played: "Quillby of Italy beat Dravo of Russia
// 92-81" is two clubs and their countries, "against India 's Ada
// Quillby" a player and her country, "Quillby ( Kenya )" a runner and
// his. The teams stage would read the country after "beat" or
// "against", or beside a score, as the national team; such a country
// stays the country. So does a town its country follows ("the bombing
// over Quillby , Scotland"): a place given as an address.

// holdNationalities keeps the country mentions that give a person's or
// a club's nationality (nationalityMark) out of the teams stage: it
// hides their type from the stage's rules and returns the function that
// gives it back.
func holdNationalities(d *Document, mentions []Mention) (restore func()) {
	var held []int
	for i := range mentions {
		if nationalityMark(d, mentions, i) || qualifiedTown(d, mentions, i) {
			held = append(held, i)
		}
	}
	types := make([]graph.Type, len(held))
	for j, i := range held {
		types[j], mentions[i].Type = mentions[i].Type, heldType
	}
	return func() {
		for j, i := range held {
			mentions[i].Type = types[j]
		}
	}
}

// qualifiedTown reports whether mention i is a town the gazetteer knows
// followed by a comma and a country or nation (nationType) that ends a
// list: "Quillby , Scotland ." is an address, "Kenya , Peru and Chile"
// a list of teams.
func qualifiedTown(d *Document, mentions []Mention, i int) bool {
	m := mentions[i]
	if m.Type != graph.Place || m.Entry == nil || !strings.HasPrefix(m.Entry.ID, "place:") || i+1 >= len(mentions) {
		return false
	}
	c := mentions[i+1]
	if c.TokStart != m.TokEnd+1 || d.Tokens[m.TokEnd].Text != "," || !nationType(c) {
		return false
	}
	if c.TokEnd < len(d.Tokens) {
		switch low(d.Tokens[c.TokEnd]) {
		case ",", "and", "or", "v", "vs":
			return false
		}
	}
	return true
}

// nationType reports whether m is a country or a nation the gazetteer
// knows as a region ("Scotland"): a town after a player ("Ada Quillby
// of Leeds") is as often the club.
func nationType(m Mention) bool {
	switch {
	case m.Entry == nil:
		return false
	case m.Type == graph.Country:
		return true
	}
	return m.Type == graph.Place && strings.HasPrefix(m.Entry.ID, "region:")
}

// heldType is the type of a mention the teams stage must leave alone:
// none of its rules reads it.
const heldType graph.Type = "held"

// nationalityMark reports whether mention i is a country that gives the
// nationality of the person or organization mention beside it:
// "<name> of <country>", "<name> ( <country> )" or "<country> 's
// <person>".
func nationalityMark(d *Document, mentions []Mention, i int) bool {
	m := mentions[i]
	if !nationType(m) {
		return false
	}
	named := func(start, end int, types ...graph.Type) bool {
		for _, o := range mentions {
			if (end < 0 || o.TokEnd == end) && (start < 0 || o.TokStart == start) {
				for _, t := range types {
					if o.Type == t {
						return true
					}
				}
			}
		}
		return false
	}
	if k := m.TokStart - 1; k > 0 && low(d.Tokens[k]) == "of" && named(-1, k, graph.Person, graph.Organization) {
		return true // "Quillby of Italy"
	}
	if k := m.TokStart - 1; k > 0 && d.Tokens[k].Text == "(" && m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Text == ")" && named(-1, k, graph.Person, graph.Organization) {
		return true // "Quillby ( Kenya )"
	}
	if k := afterPossessive(d, m.TokEnd); k > 0 && named(k, -1, graph.Person) {
		return true // "India 's Ada Quillby"
	}
	return false
}
