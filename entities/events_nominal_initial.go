package entities

// Event heads opening a sentence. phraseEvents reads lower-case heads
// only, so that a capitalised word in a name ("the Talks Committee") is
// not taken for one; a head that opens its sentence is capitalised as
// any first word is: "Negotiations between Argentina and the banks have
// been stuck", "Talks with Peru resume on Monday". The same complement
// rules apply (phraseComplement, phraseNameAt): a participant named
// after one of the head's link words makes the phrase one occurrence.

// initialHead reports whether the token at j is an event head of
// phraseHeads that opens its sentence, capitalised only as a first word
// ("Negotiations", not "NEGOTIATIONS" of a wire headline).
func initialHead(d *Document, j int) bool {
	t := d.Tokens[j]
	if !t.Cap() || !t.Word() || sentenceStart(d, j) != j {
		return false
	}
	if _, ok := phraseHeads[low(t)]; !ok {
		return false
	}
	for _, r := range t.Text[1:] {
		if r >= 'A' && r <= 'Z' {
			return false
		}
	}
	return true
}

// initialHeadEvents finds the events of initialHead whose complement
// names a participant (the complement rules of phraseEvents).
func initialHeadEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for _, s := range d.Sentences {
		j := s.TokStart
		if j+2 >= s.TokEnd || !initialHead(d, j) {
			continue
		}
		at, _ := phraseComplement(d, j)
		named := at >= 0 && phraseNameAt(d, selected, j, at)
		if at >= 0 && !named {
			next := nextLinkAfter(d, j, at)
			named = next >= 0 && phraseNameAt(d, selected, j, next)
		}
		if !named || nominalFrames[low(d.Tokens[j])] != 0 && (reportedOnly(d, j) || ofManner(d, j)) {
			continue
		}
		out = append(out, descEventOver(d, j, j+1))
	}
	return out
}
