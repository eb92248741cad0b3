package entities

import (
	"cmp"
	"slices"
)

// Agent lists after "by": "E was signed by Peruvian Finance Minister X
// and the Export Credits Guarantee Department's (ECGD) chief executive
// Y". Each item is a name with its title before it, and a title may hold
// names of its own: a demonym or country ("Peruvian", "Peru's"), a body
// in the possessive ("the Department's") or an acronym in parentheses.
// Such a name qualifies the title that follows it and is no item of the
// list (qualifierAt); the item is the name the title ends on. Without
// this the list stopped at the first qualifier, and the person after it
// lost the relation.

// agentMaxGap bounds the tokens between two items of an agent list (list
// words, a determiner, a title with its qualifiers).
const agentMaxGap = 14

// agentListReaches reports whether in[xi] is an item of the list of
// participants that starts at token k (titles and qualifiers before each
// item, list words between items).
func (rb *relBuilder) agentListReaches(in []placed, xi, k int) bool {
	d := rb.d
	items := slices.Clone(in)
	slices.SortStableFunc(items, func(a, b placed) int { return cmp.Or(a.tokStart-b.tokStart, b.tokEnd-a.tokEnd) })
	prevEnd, first := k, true
	// A qualifier that no item follows is the agent after all: "launched
	// by X's government" names X's side, the possessive's noun being no
	// name.
	var pending *placed
	for i, q := range items {
		if q.tokStart < prevEnd || !rb.participant(q) || pending != nil && q.tokStart < pending.tokEnd {
			continue
		}
		if first && !titledGap(d, prevEnd, q.tokStart) && !restatedBy(d, prevEnd, q.tokStart) || !first && !listThenTitle(d, prevEnd, q.tokStart) && !restatedBy(d, prevEnd, q.tokStart) { // relations_agents_by.go
			break
		}
		if qualifierAt(d, q.tokStart, q.tokEnd) {
			pending = &items[i] // "Peruvian", "the Department's": part of the next title
			continue
		}
		if q == in[xi] {
			return true
		}
		prevEnd, first, pending = q.tokEnd, false, nil
	}
	return pending != nil && *pending == in[xi]
}

// qualifierAt reports whether the name over tokens [s, e) qualifies a
// title or another name after it: a possessive, a role word or a
// capitalised word follows, or it stands in parentheses ("(ECGD)").
func qualifierAt(d *Document, s, e int) bool {
	if e >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[e]
	if s > 0 && d.Tokens[s-1].Text == "(" && t.Text == ")" {
		return true
	}
	l := low(t)
	if groupStopWords[l] || l == "and" || l == "or" || t.Break {
		return false // "the U.S. And Japan": wire text capitalises list words
	}
	return isPossessive(t) || isRoleWord(l) || t.Cap() && t.Word()
}

// titledGap reports whether tokens [i, j) may stand before an item of an
// agent list: title words (titleGap), names that qualify the title, and
// an acronym's parentheses.
func titledGap(d *Document, i, j int) bool {
	if j-i > agentMaxGap {
		return false
	}
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		l := low(t)
		switch {
		case t.Break:
			return false
		case isRoleWord(l), honorifics[l], t.Cap(), isPossessive(t), t.Text == "(", t.Text == ")":
		case l == "the", l == "of", l == "and", l == "former", isDash(l):
		default:
			return false
		}
	}
	return true
}

// listThenTitle reports whether tokens [i, j) join two items of an agent
// list: list words (listGap) and then the second item's title.
func listThenTitle(d *Document, i, j int) bool {
	for p := i + 1; p <= j && p-i <= 3; p++ {
		if listGap(d, i, p) && titledGap(d, p, j) {
			return true
		}
	}
	return false
}
