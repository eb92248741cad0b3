package entities

import "github.com/newsgraph/newsgraph/graph"

// A return from a place is a past visit to it: the noun "return" behind a
// preposition of time gives the trip of its possessor or, with none, of
// the clause's subject.
//
//	X said today on return from W               → X
//	X told reporters on his return from P and Q → X (both)
//	the first poll since her return from W      → her antecedent
//	Upon his return from W, X said ...          → X
//
// "returned from W" (the verb) is visitCues'; "on his return from a visit
// to W" is the nominal visit's. A return "to" a place is a going home,
// no visit, and is not read.

// returnPreps open the phrase of a return: "on (his) return from".
var returnPreps = map[string]bool{"on": true, "upon": true, "after": true, "since": true, "following": true}

// returnFromVisits adds the visits of "on (his) return from W" in
// sentence si.
func (rb *relBuilder) returnFromVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for k := range in {
		head, ok := rb.listedDestination(in, k)
		if !ok {
			continue
		}
		p := in[head].tokStart - 1 // "from"
		if p > s.TokStart && low(d.Tokens[p]) == "the" {
			p--
		}
		if p-2 < s.TokStart || low(d.Tokens[p]) != "from" || low(d.Tokens[p-1]) != "return" {
			continue
		}
		if src, ok := rb.returnPossessor(in, s, p); ok {
			rb.add(src, in[k].ent, graph.Visits, span, confVisit, nil)
			continue
		}
		prep := p - 2
		if prep >= s.TokStart && (travellerPronouns[low(d.Tokens[prep])] || possessiveAt(d, prep)) {
			continue // a possessor returnPossessor did not resolve
		}
		if prep < s.TokStart || !returnPreps[low(d.Tokens[prep])] {
			continue
		}
		var src int
		if prep == s.TokStart {
			src, ok = rb.subjectAfterFronted(in, s, in[k].tokEnd)
		} else {
			src, ok = rb.tripSubject(si, in, prep, p-1)
		}
		if ok && src != in[k].ent {
			rb.add(src, in[k].ent, graph.Visits, span, confVisit, nil)
		}
	}
}
