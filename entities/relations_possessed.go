package entities

import "github.com/newsgraph/newsgraph/graph"

// A body named twice: "a board member of Germany's central bank, the
// Bundesbank" and "the acting governor of Velland's state oil company,
// Velco, X" describe the body by what its country owns, then name it in
// an apposition. The office is the named body's, never the country's;
// without the apposition ("chairman of Germany's biggest bank") the
// country is no body of the title either.

// maxPossessedWords bounds the lower-case words after "T's".
const maxPossessedWords = 4

// possessedEnd returns the token after "T's <words>", for mention t and
// one to maxPossessedWords lower-case words (hyphenated ones allowed:
// "state-owned"), or -1.
func possessedEnd(d *Document, t placed, stop int) int {
	k := t.tokEnd
	if !possessiveAt(d, k) {
		return -1
	}
	k++
	n := 0
	for ; k < stop; k++ {
		tok := d.Tokens[k]
		if isDash(tok.Text) && !tok.Space && n > 0 {
			continue
		}
		if !tok.Word() || tok.Cap() || titleStopWords[low(tok)] {
			break
		}
		n++
	}
	if n == 0 || n > maxPossessedWords {
		return -1
	}
	return k
}

// possessedBody returns the organization or party an apposition names
// after "T's <words>" (see above).
func (rb *relBuilder) possessedBody(t placed, s Sentence, at map[int]placed) (placed, bool) {
	d := rb.d
	k := possessedEnd(d, t, s.TokEnd)
	if k < 0 || k+1 >= s.TokEnd || d.Tokens[k].Text != "," {
		return placed{}, false
	}
	k++
	if low(d.Tokens[k]) == "the" {
		k++
	}
	u, ok := at[k]
	if !ok {
		return placed{}, false
	}
	switch rb.ex.Entities[u.ent].Type {
	case graph.Organization, graph.Party:
		return u, true
	}
	return placed{}, false
}

// possessedBefore returns the body preposition before "T's <words>, (the)
// U", for the organization or party U, or -1: the "of" of "the governor
// of Velland's state oil company, Velco, X".
func (rb *relBuilder) possessedBefore(u placed, s Sentence, end map[int]placed) int {
	d := rb.d
	k := u.tokStart - 1
	if k > s.TokStart && low(d.Tokens[k]) == "the" {
		k--
	}
	if k <= s.TokStart || d.Tokens[k].Text != "," {
		return -1
	}
	for q := k - 1; q > s.TokStart && k-q <= 2*maxPossessedWords; q-- {
		if !possessiveAt(d, q) {
			continue
		}
		t, ok := end[q]
		if !ok || possessedEnd(d, t, s.TokEnd) != k {
			return -1
		}
		b := t.tokStart - 1
		if b > s.TokStart && low(d.Tokens[b]) == "the" {
			b--
		}
		if b > s.TokStart && bodyPrepositions[low(d.Tokens[b])] {
			return b
		}
		return -1
	}
	return -1
}
