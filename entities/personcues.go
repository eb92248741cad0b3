package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// kinNouns are the nouns of family and partners that name a person
// after "his", "her" or "their" ("her husband X").
var kinNouns = lexicon.Set("kin_nouns")

// lonePersonCues retypes as a person a one-word name (hyphen-joined
// words count: "Levi-Montalcini") that only the trained recognizer typed
// as an organization or place, without a gazetteer entry or with a
// small town's (smallTown: "Sam", a village), when the words
// around it fit a person only:
//   - a possessive pronoun and a noun of family before it: "her husband
//     X", "his father X";
//   - a predicate after it that only people take: "X was born", "X
//     married" (lexicon.PersonPredicates);
//   - an apposition of a role and "of": "X, the former chief executive
//     of Y", "X, a co-founder of Y";
//   - the contexts of personContext (personcontext.go).
//
// A one-word town of the gazetteer (loneTownName) is a person before the
// strongest of these cues only: a predicate only people take, or "and"
// or a comma and a possessive pronoun and a noun of family ("X and his
// family", "X, her husband and ..."): a town is never born, never
// graduates and has no family.
//
// The name's other one-word mentions of the same kind in the article
// follow: they are the same name ("Dulbecco was born ... Dulbecco
// joined"); a town's but after a preposition of place ("born in X").
func lonePersonCues(d *Document, keys []string, ms []Mention) []Mention {
	people := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if k := loneModelName(d, keys, m); k != "" && (kinBefore(d, m.TokStart) || personPredicateAfter(d, m.TokEnd) || roleOfAfter(d, m.TokEnd) || personContext(d, ms, i)) {
			people[k] = true
		} else if k := loneTownName(d, keys, m); k != "" && (personPredicateAfter(d, m.TokEnd) || kinAfter(d, m.TokEnd)) {
			people[k] = true
		}
	}
	if len(people) == 0 {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if people[loneModelName(d, keys, m)] || people[loneTownName(d, keys, m)] {
			m.Type, m.Entry, m.Source, m.Score = graph.Person, nil, "cue", max(m.Score, ScoreStrong)
		}
	}
	return ms
}

// loneTownName returns the key of m when it is one capitalised word, not
// in capitals, that the gazetteer reads as a town (no capital, region or
// world area), not after a preposition of place; else "".
func loneTownName(d *Document, keys []string, m *Mention) string {
	if m.Type != graph.Place || m.Entry == nil || m.Entry.Capital || !strings.HasPrefix(m.Entry.ID, "place:") ||
		m.TokEnd-m.TokStart != 1 || !d.Tokens[m.TokStart].Cap() || allCaps(m.Text(d)) ||
		m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] {
		return ""
	}
	return spanKey(keys, m.TokStart, m.TokEnd)
}

// kinAfter reports whether "and" or a comma, a possessive pronoun and a
// noun of family start at token e: "and her husband", ", his family".
func kinAfter(d *Document, e int) bool {
	if e+2 >= len(d.Tokens) {
		return false
	}
	switch low(d.Tokens[e]) {
	case "and", ",":
		return kinBefore(d, e+3)
	}
	return false
}

// loneModelName returns the key of m when it is one word (or words joined
// by hyphens, no space) that only the recognizer typed as an organization
// or place, without a gazetteer entry but a small town's, and not in
// capitals; else "".
func loneModelName(d *Document, keys []string, m *Mention) string {
	if !modelTyped(d, *m) {
		return ""
	}
	for k := m.TokStart + 1; k < m.TokEnd; k++ {
		if d.Tokens[k].Space {
			return ""
		}
	}
	if !d.Tokens[m.TokStart].Cap() || !d.Tokens[m.TokEnd-1].Word() {
		return ""
	}
	return spanKey(keys, m.TokStart, m.TokEnd)
}

// kinBefore reports whether a possessive pronoun and a noun of family
// stand right before token i: "her husband".
func kinBefore(d *Document, i int) bool {
	if i < 2 || !kinNouns[low(d.Tokens[i-1])] {
		return false
	}
	switch low(d.Tokens[i-2]) {
	case "his", "her", "their":
		return true
	}
	return false
}

// personPredicateAfter reports whether one of lexicon.PersonPredicates
// starts at token i.
func personPredicateAfter(d *Document, i int) bool {
	return lexicon.PersonPredicates.StartsAt(len(d.Tokens), i, func(j int) string { return low(d.Tokens[j]) })
}

// roleOfAfter reports whether an apposition of a role and "of" starts at
// token i: ", the former chief executive of", ", a co-founder of".
func roleOfAfter(d *Document, i int) bool {
	if i >= len(d.Tokens) || d.Tokens[i].Text != "," {
		return false
	}
	k := i + 1
	if k < len(d.Tokens) {
		switch low(d.Tokens[k]) {
		case "the", "a", "an":
			k++
		}
	}
	for k < len(d.Tokens) && roleModifiers[low(d.Tokens[k])] && !roleNouns[low(d.Tokens[k])] {
		k++
	}
	if k+2 < len(d.Tokens) && low(d.Tokens[k]) == "co" && isDash(d.Tokens[k+1].Text) {
		k += 2 // "co-founder"
	}
	for k < len(d.Tokens) && roleNouns[low(d.Tokens[k])] {
		k++
	}
	return k > i+1 && roleNouns[low(d.Tokens[k-1])] && k < len(d.Tokens) && low(d.Tokens[k]) == "of"
}
