package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// Trips: a travel noun behind a preposition belongs to the clause's
// subject, however far the subject stands from it:
//
//	X proposed the fund during a trip to Y
//	X is leaving Britain on a high-profile tour of P, Q and R
//	X returned from a visit to Y                 ("on" and "from" not after another verb:
//	                                             not "X commented on a visit to Y")
//	During a three-day visit to Y, X met ...    (the subject after the comma)
//	X said during a visit to Y that ...
//	X, on the first day of a visit to Y, said ...
//	X visited the region before flying to Y; X, after visiting Y, ...
//	X, winding up a two-day visit to Y, said ...
//
// The subject is the nearest person or organization before the
// preposition (a reference such as "the chancellor" included) that opens
// its clause (after the sentence's start, a comma or a conjunction, with
// its title) and is not a possessor; no subordinator, negation or speech
// verb may stand between ("X said Y ... during a trip"), but for a speech
// verb right before the preposition ("X said during a trip"). A visit "by"
// someone else ("during a visit to Y by Z", "opened a visit to Y by Z") is
// Z's. With a possessive determiner ("during his trip to Y") the
// visits rule reads the traveller already.

// tripPreps introduce a trip the clause's subject makes, made or will
// make.
var tripPreps = map[string]bool{"during": true, "on": true, "after": true, "from": true, "before": true}

// tripNouns are the travel nouns a trip preposition may take.
var tripNouns = map[string]bool{"trip": true, "visit": true, "tour": true, "journey": true}

// tripLinks join a travel noun to its destination.
var tripLinks = map[string]bool{"to": true, "of": true, "around": true, "across": true, "through": true}

// tripMaxGap bounds the tokens between the subject and the preposition.
const tripMaxGap = 15

// tripVisits adds the visits of trips named behind a preposition in
// sentence si.
func (rb *relBuilder) tripVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for k := range in {
		dst := in[k]
		head, ok := rb.listedDestination(in, k)
		if !ok {
			continue
		}
		if visitedBy(d, s, dst.tokEnd) {
			// "a visit to Y by X": the agent travels.
			if tripNounBefore(d, s, in[head].tokStart) >= 0 {
				if src, ok := rb.agentAfter(in, s, dst.tokEnd); ok {
					rb.add(src, dst.ent, graph.Visits, span, confVisit, nil)
				}
			}
			continue
		}
		prep, ok := tripPrepBefore(d, s, in[head].tokStart)
		if !ok {
			continue
		}
		var src int
		if prep == s.TokStart {
			src, ok = rb.subjectAfterFronted(in, s, dst.tokEnd)
		} else {
			src, ok = rb.tripSubject(si, in, prep, tripHead(d, s, prep, in[head].tokStart))
		}
		if ok {
			rb.add(src, dst.ent, graph.Visits, span, confVisit, nil)
		}
	}
}

// tripPrepBefore returns the trip preposition of "<prep> a|an|the
// <modifiers> <travel noun> <link> (the)" ending right before token at,
// the first token of a destination, or of "<prep> <going verb> (to|for|in)
// (the)" ("before flying to Y", "after visiting Y"). "the first day (leg)
// of" may stand between the preposition and the trip.
func tripPrepBefore(d *Document, s Sentence, at int) (int, bool) {
	i := at - 1
	if i > s.TokStart && low(d.Tokens[i]) == "the" {
		i--
	}
	if i <= s.TokStart {
		return 0, false
	}
	if p, ok := gerundTripAt(d, s, i); ok {
		return p, true
	}
	i = tripNounBefore(d, s, at)
	if i < 0 {
		return 0, false
	}
	det := i - 1
	for det > s.TokStart && i-det <= 4 && !isTripDeterminer(low(d.Tokens[det])) {
		t := d.Tokens[det]
		if t.Cap() || !(t.Word() || isDash(t.Text) || isNumber(t.Text)) {
			return 0, false
		}
		det--
	}
	if det <= s.TokStart || !isTripDeterminer(low(d.Tokens[det])) {
		return 0, false
	}
	p := det - 1
	// "on the first day of a visit", "on the last leg of a tour"
	part := false
	if p-3 > s.TokStart && low(d.Tokens[p]) == "of" && tripParts[low(d.Tokens[p-1])] && low(d.Tokens[p-3]) == "the" {
		p -= 4
		part = true // "on the first day of" is a time, never a verb's object
	} else if q, ok := tripEdgeBefore(d, s, p); ok {
		return q, true // "at the end of a visit to Y" (relations_trip_edge.go)
	}
	if p > s.TokStart && low(d.Tokens[p]) == "up" && tripParticiples[low(d.Tokens[p-1])] {
		p-- // "winding up a visit to Y"
	}
	if tripParticiples[low(d.Tokens[p])] && p > s.TokStart && d.Tokens[p-1].Text == "," {
		return p, true // "X, ending a visit to Y, said"
	}
	if !tripPreps[low(d.Tokens[p])] {
		return 0, false
	}
	// "on" and "from" may belong to a verb before them ("commented on a
	// visit", "benefited from a trip"): only a name, a punctuation mark
	// or a verb of going or being may stand there (verbTakesPrep).
	if l := low(d.Tokens[p]); (l == "on" || l == "from") && p > s.TokStart && !part && verbTakesPrep(d, p) {
		return 0, false
	}
	return p, true
}

// tripParticiples take a trip as their object in an apposition: "X,
// winding up a two-day visit to Y, said".
var tripParticiples = map[string]bool{"winding": true, "wrapping": true, "ending": true, "beginning": true,
	"starting": true, "concluding": true, "completing": true, "making": true, "paying": true, "continuing": true}

// tripParts are the parts of a trip "on the first day of" names.
var tripParts = map[string]bool{"day": true, "leg": true, "stage": true, "stop": true, "part": true, "week": true}

// gerundPreps introduce a going verb: "before flying to Y".
var gerundPreps = map[string]bool{"before": true, "after": true, "on": true, "upon": true, "while": true}

// tripGerunds are going verbs in -ing: those that take the destination as
// their object ("visiting Y") and those that need a preposition.
var tripGerunds = map[string]bool{"visiting": true, "touring": true, "flying": false, "travelling": false,
	"traveling": false, "leaving": false, "arriving": false, "heading": false, "going": false}

// gerundTripAt reads "<prep> <going verb> (to|for|in)" ending at token i
// (the token before the destination and its "the") and returns the
// preposition.
func gerundTripAt(d *Document, s Sentence, i int) (int, bool) {
	l := low(d.Tokens[i])
	if direct, ok := tripGerunds[l]; ok && direct {
		return i - 1, i-1 >= s.TokStart && gerundPreps[low(d.Tokens[i-1])]
	}
	if l != "to" && l != "for" && l != "in" || i-2 < s.TokStart {
		return 0, false
	}
	if _, ok := tripGerunds[low(d.Tokens[i-1])]; !ok || !gerundPreps[low(d.Tokens[i-2])] {
		return 0, false
	}
	return i - 2, true
}

// tripLeadWords may stand before "on" or "from" and a trip: "left on a
// tour of Y", "returned from a visit to Y".
var tripLeadWords = map[string]bool{"left": true, "leave": true, "leaves": true, "leaving": true, "went": true,
	"set": true, "embarked": true, "returned": true, "returning": true, "returns": true, "return": true,
	"back": true, "home": true, "fresh": true, "arrived": true, "arriving": true, "while": true, "when": true}

// tripNounBefore returns the travel noun of "<travel noun> <link> (the)"
// ending right before token at, or -1.
func tripNounBefore(d *Document, s Sentence, at int) int {
	i := at - 1
	if i > s.TokStart && low(d.Tokens[i]) == "the" {
		i--
	}
	if i-1 <= s.TokStart || !tripLinks[low(d.Tokens[i])] || !tripNouns[low(d.Tokens[i-1])] {
		return -1
	}
	return i - 1
}

// agentAfter returns the person or organization right after the "by" that
// follows a destination ending at token end, with its title between ("by
// Agriculture Secretary X").
func (rb *relBuilder) agentAfter(in []placed, s Sentence, end int) (int, bool) {
	d := rb.d
	by := end
	for by < s.TokEnd && low(d.Tokens[by]) != "by" {
		by++
	}
	for _, p := range in {
		if p.tokStart <= by {
			continue
		}
		if titleModifier(d, p) {
			continue // "by Iran's Oil Minister X"; "by a State Department official" names no one
		}
		if !rb.isTraveller(p) || !titleGap(d, by+1, p.tokStart) {
			return 0, false
		}
		return p.ent, true
	}
	return 0, false
}

// isTripDeterminer reports whether w opens a trip's noun phrase without
// naming its traveller.
func isTripDeterminer(w string) bool { return w == "a" || w == "an" || w == "the" }

// visitedBy reports whether "by" follows the destination ending at token
// end, at most two words after it: the visit is someone else's.
func visitedBy(d *Document, s Sentence, end int) bool {
	for i := end; i < s.TokEnd && i <= end+2; i++ {
		if low(d.Tokens[i]) == "by" {
			return true
		}
	}
	return false
}

// isTraveller reports whether p may travel: a person or an organization
// (a group included).
func (rb *relBuilder) isTraveller(p placed) bool {
	t := rb.ex.Entities[p.ent].Type
	return t == graph.Person || t == graph.Organization
}

// subjectBefore returns the subject of the clause the preposition at
// token prep belongs to (see the comment at the top of the file).
func (rb *relBuilder) subjectBefore(in []placed, s Sentence, prep int) (int, bool) {
	d := rb.d
	for j := len(in) - 1; j >= 0; j-- {
		p := in[j]
		if p.tokEnd > prep || !rb.isTraveller(p) {
			continue
		}
		if j > 0 && in[j-1].tokStart <= p.tokStart && in[j-1].tokEnd >= p.tokEnd && in[j-1] != p && !p.coref {
			continue // a name inside a longer one
		}
		if prep-p.tokEnd > tripMaxGap || p.tokEnd < len(d.Tokens) && isPossessive(d.Tokens[p.tokEnd]) {
			return 0, false
		}
		for k := p.tokEnd; k < prep; k++ {
			l := low(d.Tokens[k])
			if speechVerbs[l] && k < prep-1 && !audienceOnly(d, k+1, prep) || subordinators[l] || negationWords[l] || d.Tokens[k].Text == ";" || d.Tokens[k].Text == ":" {
				return 0, false
			}
		}
		if !opensClause(d, s, p) {
			return 0, false
		}
		return p.ent, true
	}
	return 0, false
}

// opensClause reports whether mention p, with its title or description
// ("Finance Secretary X", "Peru's President X", "the chancellor" for a
// reference), stands at the start of its sentence or after a comma or a
// conjunction.
func opensClause(d *Document, s Sentence, p placed) bool {
	i := p.tokStart - 1
	for n := 0; i >= s.TokStart && n < 6; n++ {
		t := d.Tokens[i]
		l := low(t)
		if isPossessive(t) && i > s.TokStart && d.Tokens[i-1].Cap() {
			i -= 2 // "Peru's President X": a possessor in the title
			continue
		}
		if !(t.Word() && (t.Cap() || isRelRoleWord(l) || l == "the")) {
			break
		}
		i--
	}
	if i < s.TokStart {
		return true
	}
	switch low(d.Tokens[i]) {
	case ",", "and", "but", "``", "\"", "“":
		return true
	}
	return false
}

// subjectAfterFronted returns the subject of the clause after a fronted
// trip phrase whose destinations end before token from: the first person
// or organization after it, right after a comma (with its title).
func (rb *relBuilder) subjectAfterFronted(in []placed, s Sentence, from int) (int, bool) {
	d := rb.d
	for _, p := range in {
		if p.tokStart < from || !rb.isTraveller(p) || titleModifier(d, p) {
			continue
		}
		i := p.tokStart - 1
		for i > from && (d.Tokens[i].Word() && (d.Tokens[i].Cap() || isRelRoleWord(low(d.Tokens[i]))) || isPossessive(d.Tokens[i])) {
			i-- // the title: "During a visit to Y, Finance Minister X said"
		}
		if i < from || d.Tokens[i].Text != "," || p.tokEnd < len(d.Tokens) && isPossessive(d.Tokens[p.tokEnd]) {
			return 0, false
		}
		return p.ent, true
	}
	return 0, false
}

// listedDestination reports whether in[k] is a destination named as
// such (no reference, ending where a destination ends) and returns the
// index in in of the first destination of the list "P, Q and R" it ends
// (k itself when it stands alone), so that the travel word before the
// list reaches each.
func (rb *relBuilder) listedDestination(in []placed, k int) (int, bool) {
	if dst := in[k]; !rb.isDestination(dst) || dst.coref || !destinationEnds(rb.d, dst) {
		return 0, false
	}
	head := k
	for head > 0 && rb.isDestination(in[head-1]) && in[head-1].tokEnd <= in[head].tokStart && listGap(rb.d, in[head-1].tokEnd, in[head].tokStart) {
		head--
	}
	return head, true
}
