package entities

import "github.com/newsgraph/newsgraph/graph"

// A speaker who says "I" will travel in a quotation travels: the speaker
// named right after the closing quote is the "I" of the quotation.
//
//	"On Tuesday I shall be going to Washington for meetings," Lawson said.
//	"I intend to visit Brussels next week," said Finance Minister X.
//
// "I" must stand before the travel verb with only auxiliaries and verbs
// of intent between (firstPersonLinks), inside a quotation that closes in
// the sentence and is followed by the speaker and a speech verb (either
// order, a title allowed). "we" is left out: a group the speaker belongs
// to need not include the speaker on the trip.

// firstPersonLinks may stand between "I" and the travel verb.
var firstPersonLinks = map[string]bool{"shall": true, "will": true, "would": true, "be": true, "am": true,
	"'m": true, "also": true, "then": true, "plan": true, "intend": true, "hope": true, "want": true, "to": true,
	"going": true, "expect": true, "soon": true, "now": true}

// quotedTravelVisits adds the visits of a quoted "I" in sentence si.
func (rb *relBuilder) quotedTravelVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	for k := range in {
		dst := in[k]
		head, ok := rb.listedDestination(in, k)
		if !ok {
			continue
		}
		v, _ := rb.travelWordBefore(in[head].tokStart, s.TokStart)
		if v < 0 || travelNouns[low(d.Tokens[v])] || sendWords[low(d.Tokens[v])] {
			continue
		}
		i := firstPersonBefore(d, s, v)
		if i < 0 || !quotedAt(d, s, i) {
			continue
		}
		if src, ok := rb.speakerAfterQuote(in, s, dst.tokEnd); ok {
			rb.add(src, dst.ent, graph.Visits, sentenceSpan(s), confVisit, nil)
		}
	}
}

// firstPersonBefore returns the token of "I" before travel verb v with
// only firstPersonLinks between, or -1.
func firstPersonBefore(d *Document, s Sentence, v int) int {
	for i := v - 1; i >= s.TokStart && v-i <= 5; i-- {
		if d.Tokens[i].Text == "I" {
			return i
		}
		if !firstPersonLinks[low(d.Tokens[i])] {
			return -1
		}
	}
	return -1
}

// isQuoteMark reports whether t is a double quotation mark.
func isQuoteMark(t Token) bool { return t.Text == "\"" || t.Text == "“" || t.Text == "”" }

// speakerAfterQuote returns the person named right after the quotation
// that closes after token from: `," X said`, `," said (title) X`.
func (rb *relBuilder) speakerAfterQuote(in []placed, s Sentence, from int) (int, bool) {
	d := rb.d
	q := -1
	for i := from; i < s.TokEnd; i++ {
		if isQuoteMark(d.Tokens[i]) {
			q = i
			break
		}
	}
	if q < 0 || !quotedAt(d, s, q) || q < 1 || d.Tokens[q-1].Text != "," && d.Tokens[q].Text != "," {
		return 0, false // the mark opens a quotation, or no comma closes the quoted clause
	}
	a := q + 1
	if a < s.TokEnd && d.Tokens[a].Text == "," {
		a++
	}
	for _, m := range in {
		if m.tokStart < a || rb.ex.Entities[m.ent].Type != graph.Person {
			continue
		}
		switch {
		case m.tokStart == a && m.tokEnd < s.TokEnd && speechVerbs[low(d.Tokens[m.tokEnd])]:
			return m.ent, true // `," X said`
		case speechVerbs[low(d.Tokens[a])] && titleGap(d, a+1, m.tokStart):
			return m.ent, true // `," said Finance Minister X`
		}
		return 0, false
	}
	return 0, false
}
