package entities

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// nobleTitles are the titles that, with "of" and a place, name a person
// (lexicon list noble_titles).
var nobleTitles = lexicon.Set("noble_titles")

// nobleTitled reports whether mention m is a noble title of a place
// ("Duchess of Cambridge", "the Earl of Wessex"): a person, though
// recognizers read "X of Y" as a body.
func nobleTitled(d *Document, m Mention) bool {
	k := m.TokStart
	if k < m.TokEnd && low(d.Tokens[k]) == "the" {
		k++
	}
	return k+2 < m.TokEnd && nobleTitles[low(d.Tokens[k])] && d.Tokens[k].Cap() && low(d.Tokens[k+1]) == "of"
}

// nobleAsPerson retypes a recognizer's noble title of a place as a
// person.
func nobleAsPerson(d *Document, m Mention) Mention {
	if m.Entry == nil && m.Type != graph.Person && nobleTitled(d, m) {
		m.Type = graph.Person
	}
	return m
}
