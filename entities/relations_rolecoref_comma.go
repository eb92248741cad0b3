package entities

// A state office named with "the" and then its holder after a comma:
//
//	... only when the Prime Minister, Tom Blaine, decides to go.
//	The chancellor, Gordon Bright, said ...
//
// states the office as "Prime Minister Tom Blaine" does, and is pended the
// same way: its country comes from the sentence, the person's offices or
// party elsewhere, or the article's government (resolveOffices,
// governmentOffices), never from a country guessed for it here. The
// title must open its phrase ("the"), and not after a preposition that
// makes the name someone else's: in "an adviser to the prime minister,
// X" and "the wife of the chancellor, Y" the name is the adviser's and
// the wife's. A body named before the title ("Acme's chairman, X") is
// read by roleBeforeComma's other rules.

// officeCommaBlockers before "the <title>, P" make P another head's:
// "adviser to the prime minister, P".
var officeCommaBlockers = map[string]bool{"of": true, "to": true, "for": true, "under": true, "by": true}

// officeBeforeComma pends the state office "the <title>, P" whose comma
// is token c (see above).
func (rb *relBuilder) officeBeforeComma(p placed, si int, in []placed, c int) bool {
	d := rb.d
	s := d.Sentences[si]
	r, ok := rb.roleEndingAt(c, s.TokStart)
	if !ok || !officeNouns[r.noun] {
		return false
	}
	if low(d.Tokens[r.start]) == "the" {
		r.start++ // the role words may take in their determiner
	}
	det := r.start - 1
	if det < s.TokStart || low(d.Tokens[det]) != "the" || r.start >= r.end {
		return false
	}
	if det-1 >= s.TokStart && officeCommaBlockers[low(d.Tokens[det-1])] {
		return false
	}
	rb.pendOffice(p.ent, r, si, in)
	return true
}
