package entities

import "github.com/newsgraph/newsgraph/graph"

// "here" in a datelined story is the dateline's place, and a travel
// wording before or around it says someone came there:
//
//	X will arrive here on Saturday; X flew here from Y; on arriving here
//	X, here on a two-day official visit, said ...; X, here for talks, ...
//	X is here for talks with ...; X was here to attend the signing
//	the loan agreed during a visit here this week by X
//
// The dateline alone places no one ("X said" in a story filed from Oslo
// is uncertain at best); the wording must say X came. The destination
// is the dateline's place, not its country: the country only locates the
// city. A story with no dateline has no "here" to read.

// hereTravelVerbs come to the place "here" names.
var hereTravelVerbs = map[string]bool{"arrive": true, "arrives": true, "arrived": true, "arriving": true,
	"came": true, "come": true, "comes": true, "coming": true, "fly": true, "flies": true, "flew": true,
	"flying": true, "travelled": true, "traveled": true, "travel": true, "travelling": true, "traveling": true}

// herePurposeMax bounds the time words between "here" and its purpose:
// "here this week for talks".
const herePurposeMax = 3

// hereVisits adds the visits to the dateline's place of "here" wordings
// in sentence si.
func (rb *relBuilder) hereVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	var home int = -1
	for h := s.TokStart + 1; h < s.TokEnd; h++ {
		if d.Tokens[h].LowerText() != "here" {
			continue
		}
		if home < 0 {
			e := datelineEntry(rb.gz, rb.place, rb.region)
			if e == nil || e.Type != graph.Place {
				return
			}
			home = rb.ex.entityFor(e)
		}
		src, ok := rb.hereTraveller(si, in, h)
		if ok && src != home {
			rb.add(src, home, graph.Visits, sentenceSpan(s), confVisit, nil)
		}
	}
}

// hereTraveller returns who comes to the place of "here" at token h, and
// whether the wording says someone does (see above).
func (rb *relBuilder) hereTraveller(si int, in []placed, h int) (int, bool) {
	d := rb.d
	s := d.Sentences[si]
	v := h - 1
	if v > s.TokStart && beAdverbs[low(d.Tokens[v])] {
		v-- // "arrived only here" is rare; "is now here" is common
	}
	if hereTravelVerbs[low(d.Tokens[v])] && !hasWord(d, max(s.TokStart, v-3), v, negationWords) {
		if gerundPreps[low(d.Tokens[v-1])] && v-1 == s.TokStart {
			return rb.subjectAfterFronted(in, s, h+1) // "On arriving here, X said"
		}
		return rb.verbSubject(si, in, v)
	}
	if visitNouns[low(d.Tokens[h-1])] {
		if h+1 < s.TokEnd && visitedBy(d, s, h+1) {
			return rb.agentAfter(in, s, h+1) // "a visit here this week by X"
		}
		return 0, false
	}
	n := h + 1
	for n < s.TokEnd && n <= h+herePurposeMax && (purposeTimeWords[low(d.Tokens[n])] || weekdays[low(d.Tokens[n])]) {
		n++
	}
	if !rb.herePurpose(s, n) {
		return 0, false
	}
	// "X, here for talks," or "X is here for talks": the person before.
	for j := len(in) - 1; j >= 0; j-- {
		src := in[j]
		if src.tokEnd > h {
			continue
		}
		if !rb.isTraveller(src) || !rb.subjectGap(src.tokEnd, h) || prepositionObject(d, src.tokStart) || ofObject(d, s, src) {
			return 0, false
		}
		return src.ent, true
	}
	return 0, false
}

// herePurpose reports whether the words at token n say what someone is
// "here" for: a purpose verb or a visit (purposeClauseAt), "on a
// two-day official visit", "for" talks or a named meeting, or "for the
// signing".
func (rb *relBuilder) herePurpose(s Sentence, n int) bool {
	d := rb.d
	if n >= s.TokEnd {
		return false
	}
	if purposeClauseAt(d, s, n) {
		return true
	}
	if low(d.Tokens[n]) == "on" {
		// "here on a two-day official visit": more modifiers than
		// purposeClauseAt allows.
		for k := n + 2; k < s.TokEnd && k <= n+7; k++ {
			if visitNouns[low(d.Tokens[k])] {
				return isTripDeterminer(low(d.Tokens[n+1])) && lowerWordsBetween(d, n+2, k)
			}
		}
		return false
	}
	if low(d.Tokens[n]) != "for" || n+1 >= s.TokEnd {
		return false
	}
	return rb.purposeFollows(n+1, s) || namedMeetingFollows(d, s, n+1) || low(d.Tokens[n+1]) == "the" && n+2 < s.TokEnd && low(d.Tokens[n+2]) == "signing"
}
