package entities

import "github.com/newsgraph/newsgraph/graph"

// Attending an event held in a place is travelling there: whoever
// attends a meeting, a summit or a congress "in W" (or a "W summit") is
// in W for it, at home or abroad, as the guide's "X would go to Z for
// talks" is a visit.
//
//	X will attend the annual meeting of coffee producers in W
//	X left home early today to attend a weekend meeting in W
//	X, who is attending a ministerial conference held in W, said ...
//	X took part in (participated in) talks in W
//	X will attend the W summit                   (W a place's own name)
//	X flew (went, travelled) to the OPEC meeting in W
//	X called from W, where he is attending a ministerial meeting
//
// The traveller is the attending verb's subject, read as a trip's
// (tripSubject). Someone only invited to, or who declined, an event is
// not there (attendBlockers before the verb); the event noun must stand
// in the verb's object, so "attended school in W" (study, no event) and
// "attend to the needs of W" give nothing. Meetings placed by a
// preposition alone ("at talks in W") wait for the foreign check of
// meetingVisits; the verb here says the subject goes.

// attendVerbs take the event attended as their object.
var attendVerbs = map[string]bool{"attend": true, "attends": true, "attended": true, "attending": true}

// takeVerbs take the event after "part in" ("take part in").
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// participateVerbs take the event after "in".
var participateVerbs = map[string]bool{"participate": true, "participates": true, "participated": true,
	"participating": true}

// attendEventNouns name an event one attends in a place: the meeting
// nouns and other gatherings.
var attendEventNouns = map[string]bool{"congress": true, "convention": true, "forum": true, "assembly": true,
	"rally": true, "ceremony": true, "festival": true, "symposium": true, "seminar": true, "gathering": true,
	"premiere": true, "funeral": true, "celebrations": true, "celebration": true, "games": true,
	"championships": true, "fair": true, "exhibition": true, "show": true, "parade": true, "memorial": true}

// attendBlockers before the verb say the subject may not go, or that
// someone else does: "was invited to attend", "declined to attend",
// "will be unable to attend", "X told his players to attend".
var attendBlockers = map[string]bool{"invited": true, "invite": true, "invites": true, "asked": true,
	"urged": true, "declined": true, "refused": true, "failed": true, "unable": true, "boycott": true,
	"boycotted": true, "allowed": true, "permitted": true, "barred": true, "banned": true, "whether": true,
	"told": true, "ordered": true, "persuaded": true, "encouraged": true, "forced": true, "sent": true}

// attendBlockerReach bounds the tokens before the verb searched for a
// blocker: "has invited 42 players to attend".
const attendBlockerReach = 6

// attendObjectMax bounds the tokens of the event's noun phrase, from the
// verb's object to the "in" before the place.
const attendObjectMax = 12

// attendVisits adds the visits of events attended in a place in
// sentence si.
func (rb *relBuilder) attendVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for v := s.TokStart + 1; v < s.TokEnd-1; v++ {
		obj := attendObjectStart(d, s, v)
		if obj < 0 || hasWord(d, max(s.TokStart, v-attendBlockerReach), v, attendBlockers) || hasWord(d, max(s.TokStart, v-3), v, negationWords) {
			continue
		}
		dst, ok := rb.attendedPlace(in, s, obj)
		if !ok {
			continue
		}
		if src, ok := rb.verbSubject(si, in, v); ok && src != dst {
			rb.add(src, dst, graph.Visits, span, confVisit, nil)
		}
	}
	rb.whereAttending(in, s, span)
}

// whereAttending adds the visits of "W, where X is attending E": the
// place the clause opens with is where the attender is.
func (rb *relBuilder) whereAttending(in []placed, s Sentence, span graph.Span) {
	d := rb.d
	for i, dst := range in {
		w := dst.tokEnd + 1
		if !rb.isDestination(dst) || dst.coref || w+2 >= s.TokEnd || d.Tokens[dst.tokEnd].Text != "," || low(d.Tokens[w]) != "where" {
			continue
		}
		for _, p := range in[i+1:] {
			if p.tokStart != w+1 || !rb.isTraveller(p) {
				continue
			}
			for v := p.tokEnd; v < s.TokEnd-1 && v <= p.tokEnd+3; v++ {
				if attendObjectStart(d, s, v) >= 0 && !hasWord(d, p.tokEnd, v, negationWords) {
					rb.add(p.ent, dst.ent, graph.Visits, span, confVisit, nil)
					break
				}
				if !clauseLinks[low(d.Tokens[v])] {
					break
				}
			}
		}
	}
}

// gatheringToVerbs are the gatheringVerbs that take "to" ("flew to the
// OPEC meeting"), the ones attendObjectStart reads.
var gatheringToVerbs = func() map[string]bool {
	m := map[string]bool{}
	for w, p := range gatheringVerbs {
		m[w] = p == "to"
	}
	return m
}()

// attendObjectStart returns the first token of the event phrase an
// attending verb at token v takes ("attend the", "take part in the",
// "participated in a"), or -1 when v opens none.
func attendObjectStart(d *Document, s Sentence, v int) int {
	if !attendOpenersIx.at(d, v) {
		return -1 // most tokens: a bit test, not four lookups
	}
	l := d.Tokens[v].LowerText()
	switch {
	case attendVerbs[l]:
		if low(d.Tokens[v+1]) == "to" {
			return -1 // "attend to the matter"
		}
		return v + 1
	case takeVerbs[l] && v+3 < s.TokEnd && low(d.Tokens[v+1]) == "part" && low(d.Tokens[v+2]) == "in":
		return v + 3
	case participateVerbs[l] && low(d.Tokens[v+1]) == "in":
		return v + 2
	case gatheringVerbs[l] == "to" && low(d.Tokens[v+1]) == "to":
		return v + 2 // "flew to the OPEC meeting in W"
	}
	return -1
}

// attendedPlace returns the place or country of the event phrase that
// starts at token obj: "in W" (or "held in W") after an event noun, or
// W's own name right before the event noun ("the W summit").
func (rb *relBuilder) attendedPlace(in []placed, s Sentence, obj int) (int, bool) {
	d := rb.d
	event := false
	for k := obj; k < s.TokEnd && k < obj+attendObjectMax; k++ {
		t := d.Tokens[k]
		l := low(t)
		if meetingNouns[l] || attendEventNouns[l] {
			if m, ok := rb.destinationEndingAt(in, k); ok && k > obj {
				return m, true // "the Venice summit"
			}
			event = true
			continue
		}
		if l == "in" && event {
			for _, m := range in {
				if m.tokStart == k+1 && !m.coref && rb.isDestination(m) && destinationEnds(d, m) {
					return m.ent, true
				}
			}
			return 0, false
		}
		if l == "held" || l == "taking" && k+1 < s.TokEnd && low(d.Tokens[k+1]) == "place" {
			continue
		}
		if !(t.Word() || isPossessive(t) || isDash(t.Text) || isNumber(t.Text)) || subordinators[l] || speechVerbs[l] {
			return 0, false
		}
	}
	return 0, false
}

// destinationEndingAt returns the place or country whose own name (not
// a demonym) ends right before token k, and whether there is one.
func (rb *relBuilder) destinationEndingAt(in []placed, k int) (int, bool) {
	for _, m := range in {
		if m.tokEnd == k && !m.coref && rb.isDestination(m) && isDemonymFree(rb.ex.Entities[m.ent], rb.d, m) && !possessiveAt(rb.d, m.tokEnd) {
			return m.ent, true
		}
	}
	return 0, false
}
