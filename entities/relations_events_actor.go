package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Who acts by an action word (actorOf, relations_events.go): not a place
// that only says where the noun before it is, nor a country's demonym that
// only says whose the noun after it is ("the Venezuelan company signed"),
// and for "figure" only the subject of a copula or an apposition.

// placeInPhrase reports whether place or country x only says where the
// noun before it is: "civil servants in Wales joined the strike".
func (rb *relBuilder) placeInPhrase(x placed) bool {
	d := rb.d
	// A party here is a place read as one ("Wales" for the Welsh party).
	if t := rb.ex.Entities[x.ent].Type; t != graph.Place && t != graph.Country && t != graph.Party || x.tokStart < 2 {
		return false
	}
	switch low(d.Tokens[x.tokStart-1]) {
	case "in", "across", "throughout":
		n := d.Tokens[x.tokStart-2]
		return n.Word() && !n.Cap()
	}
	return false
}

// figureComplement reports whether "figure(s)" at token v is its
// subject's complement or apposition: "X is a key figure in", "X, a
// central figure in", "X and Y were the main figures in".
func figureComplement(d *Document, v int) bool {
	b := v - 1
	for b >= 0 && figureModifiers[low(d.Tokens[b])] {
		b--
	}
	if b < 0 {
		return false
	}
	switch low(d.Tokens[b]) {
	case "is", "was", "are", "were", "be", "been", "remains", "remain", "remained", "became", "becomes", "as", ",":
		return true
	}
	return false
}

// figureModifiers may stand between a copula and "figure": "a key", "one
// of the central".
var figureModifiers = map[string]bool{"a": true, "an": true, "the": true, "one": true, "of": true, "key": true,
	"central": true, "leading": true, "main": true, "major": true, "prominent": true, "pivotal": true, "other": true}

// demonymModifier reports whether country x is written as a demonym (or
// the first word of its name, "the Saudi public") before a lower-case word
// it modifies: "the Venezuelan company"; not
// before a word for its state ("the French government", "West German
// financial officials": stateNouns).
func (rb *relBuilder) demonymModifier(x placed) bool {
	d := rb.d
	e := rb.ex.Entities[x.ent]
	if e.Type != graph.Country || x.coref || x.tokEnd >= len(d.Tokens) || isDemonymFree(e, d, x) && !namePrefix(e, d, x) {
		return false
	}
	n := d.Tokens[x.tokEnd]
	if !n.Word() || n.Cap() {
		return false
	}
	for k := x.tokEnd; k < len(d.Tokens) && k < x.tokEnd+3 && d.Tokens[k].Word() && !d.Tokens[k].Cap(); k++ {
		if stateNouns[low(d.Tokens[k])] {
			return false // "West German financial officials"
		}
	}
	return true
}

// namePrefix reports whether mention x spells only the first words of
// country e's name: "Saudi" for Saudi Arabia, an adjective there.
func namePrefix(e *Entity, d *Document, x placed) bool {
	f := strings.Fields(strings.ToLower(e.Name))
	if x.tokEnd-x.tokStart >= len(f) {
		return false
	}
	for k := x.tokStart; k < x.tokEnd; k++ {
		if low(d.Tokens[k]) != f[k-x.tokStart] {
			return false
		}
	}
	return true
}
