package entities

// wordings is a list of fixed lower-case word sequences ("pleaded guilty
// to", "hit by") with the set of their first words, so that a rule scanning
// every token pays one map lookup on most of them. Rules that read an
// event from a verb phrase share it, so that each states only its list and
// what it asks beyond the words.
type wordings struct {
	list   [][]string
	firsts map[string]bool
}

// newWordings indexes list by first word.
func newWordings(list [][]string) wordings {
	w := wordings{list: list, firsts: map[string]bool{}}
	for _, s := range list {
		w.firsts[s[0]] = true
	}
	return w
}

// at returns the number of tokens of the first sequence of the list that
// starts at token k, or 0. The words must stand in one line of text (no
// break) and in lower case, the first one too unless capFirst allows it
// (a sentence may open with it).
func (w wordings) at(d *Document, k int, capFirst bool) int {
	if !w.firsts[d.Tokens[k].LowerText()] {
		return 0 // most tokens: one lookup
	}
	for _, s := range w.list {
		if k+len(s) > len(d.Tokens) {
			continue
		}
		ok := true
		for i, x := range s {
			if t := &d.Tokens[k+i]; t.LowerText() != x || t.Break || t.Cap() && (i > 0 || !capFirst) {
				ok = false
				break
			}
		}
		if ok {
			return len(s)
		}
	}
	return 0
}
