package entities

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// A title may name the part or field of a body it is held in with up to
// two lower-case unit words between the body and the title's words:
//
//	<T> country director P          World Bank country director X
//	<T>'s marketing director P      Acme's marketing director X
//	P, <T> sales manager (, ...)    X, Acme sales manager, said
//
// T must be an organization (a party's or a state's titles have rules of
// their own), the words must be unit words (a verb or a function word
// between, as in "T said director P", ends the reading), and the title
// read keeps them ("country director"), so a director of one part holds a
// role in T rather than leading it.

// unitWords are the field words besides departmentHeads.
var unitWords = lexicon.Set("unit_words")

// isUnitWord reports whether token t is a lower-case unit word.
func isUnitWord(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && (unitWords[l] || departmentHeads[l])
}

// maxUnitWords bounds the unit words read between a body and a title.
const maxUnitWords = 2

// bodyBeforeUnits returns the organization whose name (or its
// possessive) ends right before up to maxUnitWords unit words that end
// at title start i, and the first unit word's token.
func (rb *relBuilder) bodyBeforeUnits(i, sentStart int, end map[int]placed) (placed, int, bool) {
	d := rb.d
	j := i
	for n := 0; n < maxUnitWords && j-1 > sentStart && isUnitWord(d.Tokens[j-1]); n++ {
		j--
	}
	if j == i {
		return placed{}, 0, false
	}
	k := j
	if possessiveAt(d, k-1) {
		k--
	}
	t, ok := end[k]
	if !ok || t.coref || rb.ex.Entities[t.ent].Type != graph.Organization {
		return placed{}, 0, false
	}
	return t, j, true
}

// unitRoleFrom reads a title of up to maxUnitWords unit words and role
// words from token i on ("country director"), for a body named before it.
func (rb *relBuilder) unitRoleFrom(i, stop int) (roleSpan, bool) {
	d := rb.d
	k := i
	for n := 0; n < maxUnitWords && k < stop && isUnitWord(d.Tokens[k]); n++ {
		k++
	}
	if k == i {
		return roleSpan{}, false
	}
	r, ok := rb.roleFrom(k, stop)
	if !ok || r.start != k {
		return roleSpan{}, false
	}
	r.start = i
	return r, true
}
