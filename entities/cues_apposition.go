package entities

// classApposition types a name by a class noun in apposition right after
// it: "Quillco, the private security company, said" is an organization,
// "Norbury, a fishing village, voted" a place. The apposition is an
// article, at most four lower-case words and the class noun (classNouns),
// closed by a comma, a stop or "that", "which" or "whose"; the name is a
// capitalised run of at most four words the gazetteer does not know, not
// in a headline, and not only role words.
func (c *cueRecognizer) classApposition(d *Document, s Sentence, i int, out []Mention) []Mention {
	e := capRun(d, i, s.TokEnd)
	if e <= i || e-i > 4 || e+3 >= s.TokEnd || d.Tokens[e].Text != "," || c.known(i, e) || onlyRoleWords(d, i, e) || c.isHeadline(d, s) {
		return out
	}
	k := e + 1
	switch low(d.Tokens[k]) {
	case "the", "a", "an":
		k++
	default:
		return out
	}
	for n := 0; n < 5 && k+1 < s.TokEnd; n, k = n+1, k+1 {
		t := d.Tokens[k]
		if !t.Word() || t.Text != low(t) {
			return out
		}
		if typ, ok := classNouns[t.Text]; ok {
			switch low(d.Tokens[k+1]) {
			case ",", ".", ";", "that", "which", "whose":
				if b := skipOpeners(d, i, e); b < e {
					out = append(out, Mention{Start: d.Tokens[b].Start, End: d.Tokens[e-1].End, TokStart: b, TokEnd: e, Type: typ, Source: "class", Score: ScoreHead})
				}
			}
			return out
		}
	}
	return out
}

// skipOpeners returns the first token of [i, e) after the words that open
// a sentence before a name ("The", "But").
func skipOpeners(d *Document, i, e int) int {
	for i < e && openers[low(d.Tokens[i])] {
		i++
	}
	return i
}
