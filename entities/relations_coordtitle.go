package entities

// A state office whose portfolio is coordinated may stand in apposition
// after its holder: "P, Commerce and Industry Minister, said ...", "P,
// Trade and Industry Secretary, ...". The first portfolio word may have
// been read as a body ("Commerce"); the title is one office all the same,
// and its country comes from the article (resolveOffices), as "Trade
// Minister P" would.

// coordinatedOfficeAfter reads such a title at token i (after the
// comma and any "the") for person p in sentence s and records the
// office. It reports whether it did.
func (rb *relBuilder) coordinatedOfficeAfter(p placed, i int, s Sentence) bool {
	d := rb.d
	if p.tokEnd >= s.TokEnd || d.Tokens[p.tokEnd].Text != "," {
		return false
	}
	k := i
	for k < s.TokEnd && k < i+2 && d.Tokens[k].Word() && d.Tokens[k].Cap() && low(d.Tokens[k]) != "and" {
		k++
	}
	if k == i || k+1 >= s.TokEnd || low(d.Tokens[k]) != "and" || !d.Tokens[k+1].Cap() {
		return false
	}
	r, ok := rb.roleFrom(k+1, s.TokEnd)
	if !ok || !officeNouns[r.noun] || !d.Tokens[r.end-1].Cap() || r.end >= s.TokEnd || d.Tokens[r.end].Text != "," {
		return false
	}
	si := sentenceOf(d, d.Tokens[p.tokStart].Start)
	rb.pendOffice(p.ent, roleSpan{start: i, end: r.end, noun: r.noun}, si, rb.bySentence[si])
	return true
}
