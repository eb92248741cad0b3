package entities

// A state office given with "as" and no body after it states the office
// as "Prime Minister X" would, its country left to resolveOffices (the
// person's other offices, the sentence, the article's government):
//
//	a "fundamental lack of trust" of X as prime minister
//	X served as higher education minister between 1987 and 1990
//	X resigned as home secretary last week          (former)
//	Y replaced X as foreign secretary               (Y holds it, X held it)
//
// Only a minister's, secretary's, chancellor's or premier's office of at
// least two words, or "chancellor" or "premier" alone, is read: "as
// president" is a company's as often, and "trusted as a minister" names
// no office. "As" is no role's when a name follows the title ("came as
// ex-Foreign Secretary Y said": a conjunction, the title Y's) or a
// speech verb stands before it ("X said as home secretary he ...": the
// office is someone else's in what X says).

// officeAs pends the state office that starts at token k, after "as",
// for person p, whose name ends at token pEnd (and, former, for the
// person replaced, when not -1).
func (rb *relBuilder) officeAs(p, replaced, pEnd, k, si int, former bool) bool {
	d := rb.d
	s := d.Sentences[si]
	r, ok := rb.roleFrom(k, s.TokEnd)
	if !ok || !officeNouns[r.noun] || r.end-r.start < 2 && !describedOfficeNouns[r.noun] {
		return false
	}
	for j := pEnd; j < k; j++ {
		if l := low(d.Tokens[j]); reportingVerbs[l] || headSpeechVerbs[l] {
			return false
		}
	}
	if titleOwnsName(d, r.end, s.TokEnd) { // "as prime minister John Major"
		return false
	}
	if title, _ := rb.roleTitle(r); !ministerTitle(title) {
		return false
	}
	if r.end < s.TokEnd && (low(d.Tokens[r.end]) == "of" || possessiveAt(d, r.end)) {
		return false // "as minister of T" names a body another rule reads
	}
	in := rb.bySentence[si]
	for i, holder := range []int{p, replaced} {
		if holder < 0 {
			continue
		}
		n := len(rb.pending)
		rb.pendOffice(holder, r, si, in)
		for j := n; j < len(rb.pending); j++ {
			rb.pending[j].cap = true // the office is named as one
			rb.pending[j].former = rb.pending[j].former || former || i == 1
		}
	}
	return true
}

// atOf indexes the mentions of sentence si that name their entity by
// their first token.
func (rb *relBuilder) atOf(si int) map[int]placed {
	at, _ := mentionEdges(rb.bySentence[si], true)
	return at
}
