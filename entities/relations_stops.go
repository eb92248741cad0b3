package entities

import "github.com/newsgraph/newsgraph/graph"

// An itinerary named by its stops, with no traveller in the sentence:
//
//	X is visiting A on Monday. ... Stops in B, C and D are planned.
//	Further stops at B and C are expected.
//
// A sentence that opens with "stops in|at" (one modifier allowed before:
// "Other", "Further", "Later"; stopModifiers) and a list of places or countries gives
// them to the article's traveller: the one person the article so far
// says visits somewhere. With no such person, or two, the stops are no
// one's.

// stopNouns open such a sentence.
var stopNouns = map[string]bool{"stops": true, "stop": true, "stopovers": true}

// stopModifiers may stand before the stop noun: they order the stops, they
// do not name another kind ("Bus stops in A" are no itinerary).
var stopModifiers = map[string]bool{"other": true, "further": true, "later": true, "next": true, "more": true,
	"planned": true, "scheduled": true, "subsequent": true}

// confStops is the confidence of a stop given to the article's traveller.
const confStops = 0.6

// stopVisits reads the stops of sentence si (mentions in).
func (rb *relBuilder) stopVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	k := s.TokStart
	if k+2 < s.TokEnd && stopModifiers[low(d.Tokens[k])] {
		k++ // "Further stops", "Other stops"
	}
	if k+2 >= s.TokEnd || !stopNouns[low(d.Tokens[k])] {
		return
	}
	if l := low(d.Tokens[k+1]); l != "in" && l != "at" && l != "include" {
		return
	}
	var stops []placed
	next := k + 2
	for _, m := range in {
		if m.tokStart < next || m.coref {
			continue
		}
		if m.tokStart > next && rb.unnamedStop(next, m.tokStart) {
			next = m.tokStart // "North Dorset", "west London": an item no mention names whole
		}
		if m.tokStart != next {
			break
		}
		if rb.isDestination(m) {
			stops = append(stops, m) // another item, misread, is passed over
		}
		next = m.tokEnd
		for next < s.TokEnd && listGap(d, next, next+1) {
			next++ // ", ", "and", ", and"
		}
	}
	if len(stops) == 0 {
		return
	}
	p, ok := rb.soleTraveller()
	if !ok {
		return
	}
	span := sentenceSpan(s)
	for _, m := range stops {
		rb.add(p, m.ent, graph.Visits, span, confStops, nil)
	}
}

// soleTraveller returns the one person the relations found so far make a
// visitor, and whether there is exactly one.
func (rb *relBuilder) soleTraveller() (int, bool) {
	p := -1
	for _, k := range rb.typed {
		if k.k != graph.Visits || rb.ex.Entities[k.a].Type != graph.Person {
			continue
		}
		if p >= 0 && p != k.a {
			return -1, false
		}
		p = k.a
	}
	return p, p >= 0
}

// unnamedStop reports whether tokens [i, j) are list items no mention
// names, each one or two words, before the next mention: "North
// Dorset, " or "west " (of "west London").
func (rb *relBuilder) unnamedStop(i, j int) bool {
	d := rb.d
	words := 0
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		switch {
		case listGap(d, k, k+1):
			words = 0
		case t.Word() && words < 2 && !titleStopWords[low(t)]:
			words++
		default:
			return false
		}
	}
	return true
}
