package entities

// The prefix "ex-" glued to a name ("Ex-Downing Street media chief X",
// "the ex-Yukos boss") marks a past office, like "former" before it; it
// is no part of the name.

// trimExPrefix drops a leading "Ex-" from mentions of two words or more
// after it: "Ex-Labour" is Labour, "Ex-Downing Street" Downing Street.
func trimExPrefix(d *Document, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		k := m.TokStart
		if m.TokEnd-k < 3 || low(d.Tokens[k]) != "ex" || !isDash(d.Tokens[k+1].Text) || d.Tokens[k+2].Space {
			continue
		}
		m.TokStart, m.Start = k+2, d.Tokens[k+2].Start
	}
	return ms
}

// formerBefore reports whether the words right before token k (not
// before sentStart) mark a past office: "former", "ex", "ex-".
func formerBefore(d *Document, k, sentStart int) bool {
	if k-1 < sentStart {
		return false
	}
	if formerWords[low(d.Tokens[k-1])] {
		return true
	}
	return k-2 >= sentStart && isDash(d.Tokens[k-1].Text) && !d.Tokens[k].Space && low(d.Tokens[k-2]) == "ex"
}

// exPrefixAt reports whether tokens i and i+1 are a glued "ex-" before
// token i+2.
func exPrefixAt(d *Document, i, stop int) bool {
	return i+2 < stop && low(d.Tokens[i]) == "ex" && isDash(d.Tokens[i+1].Text) && !d.Tokens[i+2].Space
}
