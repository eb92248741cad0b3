package entities

import "github.com/newsgraph/newsgraph/graph"

// A visit verb whose object is a site, a person or a body rather than the
// place says where the visit was by "in" or "at" after the object:
//
//	X visited the tomb of Y in W; X visited Chancellor Z in W
//	X visited the Acme factory at W
//
// The cue rule of visits reads a destination at most travelMaxGap words
// after the verb and only past lower-case words; here the object may be
// longer (visitObjectMaxGap) and hold names, but no punctuation, no other
// preposition "in" or "at", no other destination and no second verb
// ("visited his wife, who lives in W"; "visited X and said in W": a comma
// or a clause word ends the object). The traveller is read as for
// "X visited W" (travellers).

// objectVisitVerbs are the visit verbs whose object may come before "in W".
var objectVisitVerbs = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true,
	"tour": true, "tours": true, "toured": true, "touring": true}

// visitObjectMaxGap bounds the tokens from the verb to the "in" or "at".
const visitObjectMaxGap = 10

// visitObjectStops end a visit's object: a clause word or a preposition
// that opens a phrase of time or purpose.
var visitObjectStops = map[string]bool{"and": true, "or": true, "but": true, "who": true, "which": true, "that": true,
	"where": true, "when": true, "to": true, "for": true, "on": true, "during": true, "after": true, "before": true,
	"from": true, "with": true, "by": true, "said": true, "says": true}

// visitObjects adds the visits of sentence si stated as "visited <object>
// in|at W".
func (rb *relBuilder) visitObjects(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	for k, dst := range in {
		p := dst.tokStart - 1
		if !rb.isDestination(dst) || dst.coref || p <= s.TokStart || !destinationEnds(d, dst) {
			continue
		}
		if l := low(d.Tokens[p]); l != "in" && l != "at" {
			continue
		}
		v := rb.visitObjectVerb(in[:k], p, s.TokStart)
		if v < 0 {
			continue
		}
		for _, src := range rb.travellers(in, k, v, false) {
			rb.add(src, dst.ent, graph.Visits, sentenceSpan(s), confVisit, nil)
		}
	}
}

// visitObjectVerb returns the visit verb before the "in" or "at" at token
// p whose object fills the tokens between (see above), or -1. before are
// the mentions before the destination.
func (rb *relBuilder) visitObjectVerb(before []placed, p, sentStart int) int {
	d := rb.d
	for i := p - 1; i >= sentStart && p-i <= visitObjectMaxGap; i-- {
		t := d.Tokens[i]
		l := low(t)
		if objectVisitVerbs[l] {
			if i == p-1 {
				return -1 // "visiting in W": no object, the cue rule's
			}
			for _, m := range before {
				if m.tokStart > i && rb.isDestination(m) {
					return -1 // "visited Paris and Lyon in May": the place is the object
				}
			}
			return i
		}
		if !t.Word() && !isPossessive(t) || visitObjectStops[l] || l == "in" || l == "at" || negationWords[l] {
			return -1
		}
	}
	return -1
}
