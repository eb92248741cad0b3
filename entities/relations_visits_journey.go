package entities

import "github.com/newsgraph/newsgraph/graph"

// A journey noun behind a preposition of time gives the trip of its
// possessor or, with none, of the clause's subject:
//
//	X said today on return from W               → X (a past visit)
//	X told reporters on his return from P and Q → X (both)
//	the first poll since her return from W      → her antecedent
//	Upon his return from W, X said ...          → X
//	X is now on his way to W                    → X
//	X held talks during a stopover in W         → X
//
// and time spent in a place is a stay there: "X spent two weeks in W
// negotiating the sale" (the verb's subject). "returned from W" (the
// verb) is visitCues'; "on his return from a visit to W" is the nominal
// visit's. A return "to" a place is a going home, no visit, and is not
// read.

// journeyNouns are the nouns of a journey and the link to its place:
// "return from W", "way to W", "stopover in W".
var journeyNouns = map[string]string{"return": "from", "way": "to", "stopover": "in", "stop-over": "in",
	"stops": "in", "stop": "in"}

// returnPreps open the phrase of a journey noun: "on (his) return
// from", "during a stopover in".
var returnPreps = map[string]bool{"on": true, "upon": true, "after": true, "since": true, "following": true,
	"during": true}

// returnFromVisits adds the visits of journey nouns (see above) in
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
		p := in[head].tokStart - 1 // "from", "to", "in"
		if p > s.TokStart && low(d.Tokens[p]) == "the" {
			p--
		}
		if p-2 < s.TokStart || journeyNouns[low(d.Tokens[p-1])] != low(d.Tokens[p]) {
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
		det := prep > s.TokStart && isTripDeterminer(low(d.Tokens[prep]))
		if det {
			prep-- // "during a stopover in W"
		}
		if prep < s.TokStart || !returnPreps[low(d.Tokens[prep])] || det && prep > s.TokStart && low(d.Tokens[prep]) == "on" && verbTakesPrep(d, prep) {
			continue // "commented on the return from W": the verb's object
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
	rb.spentVisits(si, in)
}

// spendVerbs spend time in a place.
var spendVerbs = map[string]bool{"spent": true, "spend": true, "spends": true, "spending": true}

// stayNouns are the spans of time one spends somewhere.
var stayNouns = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "weekend": true,
	"hours": true, "night": true, "nights": true, "month": true, "months": true}

// spentVisits adds the visits of "X spent two weeks in W" in sentence si.
func (rb *relBuilder) spentVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	for k := range in {
		head, ok := rb.listedDestination(in, k)
		p := in[head].tokStart - 1
		if !ok || p-2 < s.TokStart || low(d.Tokens[p]) != "in" || !stayNouns[low(d.Tokens[p-1])] {
			continue
		}
		v := p - 2
		for v > s.TokStart && p-v <= 5 && !spendVerbs[low(d.Tokens[v])] {
			if t := d.Tokens[v]; t.Cap() || !(t.Word() || isNumber(t.Text) || isDash(t.Text)) {
				break
			}
			v--
		}
		if !spendVerbs[low(d.Tokens[v])] || hasWord(d, max(s.TokStart, v-3), v, negationWords) {
			continue
		}
		// Only a subject the parse gives: "permitting passengers to book
		// a holiday and spend four days in W" is no one's stay.
		if src, ok, _ := rb.parsedVerbSubject(si, in, v); ok && src != in[k].ent {
			rb.add(src, in[k].ent, graph.Visits, sentenceSpan(s), confVisit, nil)
		}
	}
}
