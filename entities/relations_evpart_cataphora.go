package entities

import "github.com/newsgraph/newsgraph/graph"

// A fronted phrase whose event a pronoun owns before its owner is named:
// "In his speech, X outlined ...", "During her testimony, X said ...".
// The pronoun looks ahead to the clause's subject, the first participant
// after the phrase's comma (firstAfterComma, with its title), who owns the
// event as in "X's speech". Only a person is such a subject, only "his"
// or "her" opens the event, the phrase opens its sentence (a preposition,
// at most one word before it: "Elsewhere in his speech"), and a pronoun the
// coref stage resolved to someone is left to that reading.

// cataphoricPrepositions open a fronted phrase on an event.
var cataphoricPrepositions = map[string]bool{"in": true, "during": true, "at": true, "throughout": true}

// cataphoricOwner reports whether person in[xi], after event m, is the one
// a fronted "In his E," points to.
func (rb *relBuilder) cataphoricOwner(in []placed, xi int, m placed) bool {
	d := rb.d
	p := m.tokStart - 1
	if p < 1 || rb.ex.Entities[in[xi].ent].Type != graph.Person {
		return false
	}
	if l := low(d.Tokens[p]); l != "his" && l != "her" {
		return false
	}
	for _, q := range in {
		if q.tokStart == p {
			return false // resolved: "X's speech" (events)
		}
	}
	si := sentenceOf(d, d.Tokens[m.tokStart].Start)
	if si < 0 {
		return false
	}
	start := d.Sentences[si].TokStart
	if !cataphoricPrepositions[low(d.Tokens[p-1])] || p-1-start > 1 {
		return false
	}
	if p-1 > start && !d.Tokens[start].Word() {
		return false
	}
	return rb.firstAfterComma(in, xi, m)
}
