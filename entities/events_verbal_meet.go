package entities

import "github.com/newsgraph/newsgraph/graph"

// A body's own meeting stated by the verb "meet" with the body alone as
// its subject: a committee, a board, an association or a cartel meets
// in session, and news reports the session by the verb:
//
//	The Listing Committee will meet later today to consider ...
//	The Economic Policy Council is scheduled to meet Friday
//	the American Bankers Association, which is meeting in Dallas
//	The Interim Committee meets next week
//
// metMeetings (events_meet_verb.go) reads a meeting of two sides or of a
// list or group of people; one named body with nothing met after the
// verb is its session, which the guide counts as an event the body takes
// part in ("the G7 meeting", "the council meeting"). The event is the
// verb, named "meeting" (meetEventName; verbalEventName for "meets" and
// "meeting"), and the relation stage links the body (verbalSides,
// relations_verbal.go). Not a person's or a country's subject ("X will
// meet later": a meeting with whom is not said), not under a negation,
// a wish or a modal, not when the verb meets at a gathering the
// sentence names ("met at the summit": that is the event), and not in a
// sports report, where sides meet in a game.

// sessionVerbsIx indexes the verb forms of a body's session.
var sessionVerbsIx = indexSet(map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true})

// bodyMeetings finds the sessions of a body stated by "meet" (see
// above).
func bodyMeetings(d *Document, selected []Mention) []Mention {
	var out []Mention
	sport, sportRead := false, false
	for v := 1; v+1 < len(d.Tokens); v++ {
		if !sessionVerbsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() {
			continue
		}
		subj := sessionSubjectAt(d, v)
		if subj < 1 || !sessionNoObject(d, v) || meetAtGathering(d, v) {
			continue
		}
		starts := subjectList(d, subj, func(k int) int {
			if m := mentionEndingAt(selected, k); m != nil && sideType(m.Type) {
				return m.TokStart
			}
			return -1
		})
		if len(starts) != 1 || prepositionObject(d, starts[0]) || prepositionBefore(d, starts[0]) {
			continue // a list is metMeetings'; "officials from Y met" are not Y
		}
		if m := mentionAt(selected, starts[0]); m == nil || m.Type != graph.Organization {
			continue
		}
		if !sportRead {
			sport, sportRead = articleSport(d) != "", true
		}
		if si := sentenceOf(d, d.Tokens[v].Start); sport || si >= 0 && sportsSentence(d, si) {
			continue
		}
		out = append(out, descEventOver(d, v, v+1))
	}
	return out
}

// sessionSubjectAt returns the token the subject of the session verb at
// token v ends before, or -1: for "met" and "meet" the chains of
// meetSubjectAt ("will meet", "is scheduled to meet"), for "meets" the
// name right before (adverbs aside), for "meeting" a progressive ("is
// meeting"); after ", which" the name before the comma.
func sessionSubjectAt(d *Document, v int) int {
	k := -1
	switch low(d.Tokens[v]) {
	case "met":
		k = meetSubjectAt(d, v)
	case "meet":
		if l := low(d.Tokens[v-1]); l == "will" || l == "to" {
			k = meetSubjectAt(d, v) // not a bare present: "the committees meet" is metMeetings' list
		}
	case "meets":
		if !meetNegated(d, v) {
			k = v
			for k > 0 && meetAdverbs[low(d.Tokens[k-1])] {
				k--
			}
		}
	case "meeting":
		if v >= 2 && passiveBe[low(d.Tokens[v-1])] && low(d.Tokens[v-1]) != "being" && low(d.Tokens[v-1]) != "been" && !meetNegated(d, v) {
			k = v - 1
		}
	}
	if k >= 2 && (low(d.Tokens[k-1]) == "which" || low(d.Tokens[k-1]) == "that") && d.Tokens[k-2].Text == "," {
		k -= 2 // "the Y Association, which is meeting in Dallas"
	}
	return k
}

// sessionNoObject reports whether nothing the session verb at v could
// take as its object follows it (meetNoObject), a day or a month aside
// ("will meet Friday", "meets in March").
func sessionNoObject(d *Document, v int) bool {
	return meetNoObject(d, v) || !d.Tokens[v].Break && dateWord(d.Tokens[v+1])
}
