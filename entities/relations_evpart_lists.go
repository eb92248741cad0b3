package entities

import "strings"

// Lists of titled participants: "Argentine President X and Venezuelan
// President Y signed the deal", "Treasury Secretary X and Federal Reserve
// Board Chairman Y held a meeting". Each item of such a list carries its
// own title, often with a country or body that qualifies it ("Venezuelan",
// "Federal Reserve Board"), so the words between two names are more than
// the "and" or comma of a plain list. actorOf passes over such a gap as it
// does over "X and Y": every item of the list is the subject of the
// action after it.

// titledListMaxTokens bounds the gap between two names of a titled list:
// a joiner and a title of a few words.
const titledListMaxTokens = 8

// titledListGap reports whether tokens [i, j) join two names of a list
// whose second name has a title: a joiner ("and", ",", "&") first, then
// only role words, honorifics and the tokens of a mention of in that
// qualifies the title (titleModifier: "Venezuelan" in "Venezuelan
// President", "Federal Reserve Board" in "Federal Reserve Board Chairman"),
// with at least one role word or honorific right before j.
func (rb *relBuilder) titledListGap(in []placed, i, j int) bool {
	d := rb.d
	if j-i < 2 || j-i > titledListMaxTokens {
		return false
	}
	k := i
	for k < j && (d.Tokens[k].Text == "," || low(d.Tokens[k]) == "and" || d.Tokens[k].Text == "&") {
		k++
	}
	if k == i || k == j {
		return false
	}
	if !titleWord(low(d.Tokens[j-1])) {
		return false // "X and Acme signed": no title before the second name
	}
	for k < j {
		if q, ok := modifierAt(d, in, k); ok && q.tokEnd <= j {
			k = q.tokEnd // the whole qualifier, whatever its words
			continue
		}
		if !titleWord(low(d.Tokens[k])) {
			return false
		}
		k++
	}
	return true
}

// titleWord reports whether l may stand in a title before a name: a role
// word ("President", "Chairman", "chief") or an honorific ("Mr", "Dr.").
func titleWord(l string) bool {
	return isRoleWord(l) || honorifics[l] || honorifics[strings.TrimSuffix(l, ".")]
}

// modifierAt returns the mention of in that starts at token k and only
// qualifies the title after it (titleModifier).
func modifierAt(d *Document, in []placed, k int) (placed, bool) {
	for _, q := range in {
		if q.tokStart == k && !q.coref && titleModifier(d, q) {
			return q, true
		}
	}
	return placed{}, false
}

// titledListModifier reports whether q, a mention after the list item
// ending at token from, only qualifies the title of the list's next name,
// which stands before token v ("Venezuelan" in "X and Venezuelan President
// Y signed"): actorOf then checks the whole gap up to that name.
func (rb *relBuilder) titledListModifier(in []placed, from int, q placed, v int) bool {
	if q.coref || !titleModifier(rb.d, q) {
		return false
	}
	for _, n := range in {
		if n.tokStart >= q.tokEnd && n.tokStart < v && !n.coref && !titleModifier(rb.d, n) {
			return rb.titledListGap(in, from, n.tokStart)
		}
	}
	return false
}
