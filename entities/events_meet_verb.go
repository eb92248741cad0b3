package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Meetings stated by the verb "meet". News reports a meeting by its verb
// as often as by the noun, in any subject:
//
//	X met Y (on Monday)                X met with Y
//	X will meet Y / X is to meet Y     X agreed to meet Y
//	X and Y met (in Lisbon)            X and Y will meet next week
//
// The guide counts such a meeting as an occurrence its participants are
// involved in ("a particular occurrence the text denotes without a
// proper name"), and the gold names it "meeting ...". The mention
// covers the verb alone and meetEventName names it "meeting", as
// mergerEventName names "X and Y merged" a merger; it is a described
// event of one article (descEventSource), so "the meeting" later refers
// to it (events_anaphora.go).
//
// The subject is one name, or a list of names, of people, countries,
// organizations or parties right before the verb (meetSubjectAt:
// auxiliaries and a few adverbs between), or "he"/"she". A meeting needs
// two sides: a named side after the verb ("met (with) (Belgian minister)
// Y", talksNameAfter), or a subject list of two or more names and no
// object after the verb ("X and Y met on Monday"; not "X and Y met
// analysts' forecasts"). A negation, a wish or a modal before the verb
// ("did not meet", "refused to meet", "hopes to meet", "may meet")
// states no meeting, and neither does a sports report or sentence,
// where sides meet in a game ("X will meet Y in the final"). The relation stage links the subject's names and
// the side (metSides, relations_meet_verb.go).

// meetVerbsIx indexes the verb forms of "meet" (wordindex.go), the
// words metMeetings starts at (eventStartsOf). "meets" is left out: the present
// of a single subject is a figure more often than a meeting ("East
// meets West", "X meets Y" of a film or a record).
var meetVerbsIx = indexSet(map[string]bool{"met": true, "meet": true, "meeting": true})

// meetSettlers make a base "meet" a meeting agreed or fixed: "agreed to
// meet", "is due to meet", "is scheduled to meet", "is to meet".
var meetSettlers = map[string]bool{"agreed": true, "due": true, "scheduled": true, "set": true}

// meetUnreal are the words before the verb that leave the meeting
// unstated: modals and conditionals ("may meet", "would meet") beside
// the negations and wishes of talksNegated.
var meetUnreal = map[string]bool{"may": true, "might": true, "could": true, "would": true, "should": true,
	"must": true, "if": true, "unless": true, "hope": true, "hopes": true, "hoped": true, "hoping": true,
	"expected": true, "likely": true, "plans": true, "planned": true, "plan": true, "intends": true,
	"try": true, "tried": true, "trying": true, "chance": true, "able": true, "why": true, "whether": true}

// meetAdverbs may stand between the subject and the verb ("X also met Y",
// "X later met Y", "X will separately meet Y").
var meetAdverbs = map[string]bool{"also": true, "later": true, "earlier": true, "separately": true, "then": true,
	"already": true, "recently": true, "yesterday": true, "today": true, "again": true, "first": true,
	"privately": true, "briefly": true, "subsequently": true}

// meetSubjectAt returns the token the subject of the verb at token v ends
// before, or -1 when the verb there states no meeting.
func meetSubjectAt(d *Document, v int) int {
	k := v
	for k > 0 && meetAdverbs[low(d.Tokens[k-1])] {
		k--
	}
	switch l := low(d.Tokens[v]); {
	case l == "met":
		for k > 0 && (low(d.Tokens[k-1]) == "has" || low(d.Tokens[k-1]) == "have" || low(d.Tokens[k-1]) == "had") {
			k--
		}
	case l == "meeting":
		if k = meetingBeStart(d, k); k < 0 {
			return -1 // the noun, or "X will be meeting" (events_meet_forms.go)
		}
	case k > 0 && low(d.Tokens[k-1]) == "will":
		k--
	case k > 1 && low(d.Tokens[k-1]) == "to":
		k--
		if meetSettlers[low(d.Tokens[k-1])] {
			k--
		}
		if k < 1 || !beForms[low(d.Tokens[k-1])] && low(d.Tokens[k]) != "agreed" {
			return -1 // "wants to meet", "in order to meet"
		}
		if beForms[low(d.Tokens[k-1])] {
			k--
		}
	default:
		// A bare present "meet" only after a list: "X and Y meet on
		// Thursday" (checked by the caller: two names at least).
		if k > 1 && (low(d.Tokens[k-1]) == "to" || beForms[low(d.Tokens[k-1])]) {
			return -1
		}
	}
	for k > 0 && meetAdverbs[low(d.Tokens[k-1])] {
		k--
	}
	k = meetRelativeSubject(d, k) // "X, who met Y" (events_meet_forms.go)
	if k < 1 || meetNegated(d, v) {
		return -1
	}
	return k
}

// meetNegated reports whether a negation, a wish or a modal stands in
// the few words before the verb v within its clause.
func meetNegated(d *Document, v int) bool {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		t := d.Tokens[k]
		l := low(t)
		if negationWords[l] || talksWanted[l] || meetUnreal[l] || l == "never" {
			return true
		}
		if t.Break || !t.Word() {
			break
		}
	}
	return false
}

// meetSideStart returns the token where the side after the verb at v is
// looked for ("met Y", "met with Y"), or -1 at the sentence's end.
func meetSideStart(d *Document, v int) int {
	k := v + 1
	if k < len(d.Tokens) && low(d.Tokens[k]) == "with" {
		k++
	} else if w := meetWithAfter(d, v); w > 0 {
		k = w + 1 // "met here today with Y" (events_meet_forms.go)
	}
	if k >= len(d.Tokens) || d.Tokens[k].Break || d.Tokens[v].Break {
		return -1
	}
	return counterpartNameAt(d, k) // talks_counterpart.go: "met his Y counterpart, X"
}

// meetNoObject reports whether nothing the verb at v could take as its
// object follows it: the sentence ends, or a preposition, a time or an
// adverb opens ("X and Y met on Monday", "met here yesterday", "met
// for talks"); not "as" ("X and Y met as students": they got to know
// each other).
func meetNoObject(d *Document, v int) bool {
	k := v + 1
	if k >= len(d.Tokens) || d.Tokens[v].Break {
		return true
	}
	t := d.Tokens[k]
	l := low(t)
	if l == "with" {
		return false
	}
	return l != "as" && (!t.Word() || talksWordsAfter[l] || talksAdverbs[l] || meetAdverbs[l])
}

// metMeetings finds the meetings of the verb "meet" (see above).
func metMeetings(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	sport, sportRead := false, false
	for _, v := range at {
		if v < 1 || v+1 >= len(d.Tokens) {
			continue
		}
		if !meetVerbsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() {
			continue
		}
		if !sportRead {
			sport, sportRead = articleSport(d) != "", true
		}
		if si := sentenceOf(d, d.Tokens[v].Start); sport || si >= 0 && sportsSentence(d, si) {
			continue // players and teams meet in a game: "X will meet Y in the final"
		}
		subj := meetSubjectAt(d, v)
		if subj < 1 {
			continue
		}
		starts := subjectList(d, subj, func(k int) int {
			if m := mentionEndingAt(selected, k); m != nil && sideType(m.Type) {
				return titledStart(d, m.TokStart)
			}
			return -1
		})
		names := len(starts)
		if names == 0 && !pronounAt(d, subj-1) && meetGroupSubject(d, subj, selectedBody(selected)) < 0 || names > 0 && prepositionBefore(d, starts[names-1]) {
			continue // "officials from Y met": Y is not the subject
		}
		if meetAtGathering(d, v) {
			continue // "X met Y at the G7 meeting", "they met for talks": the gathering is the event
		}
		side := meetSideAt(d, selected, v)
		if side < 0 && meetGroupAfter(d, v) {
			side = v + 1 // "X met senior Y officials": a side no name gives
		}
		if names == 0 && meetGroupSubject(d, subj, selectedBody(selected)) >= 0 {
			names = 2 // "Y finance ministers meet on Thursday": a group
		}
		bare := low(d.Tokens[v]) == "meet" && low(d.Tokens[v-1]) != "will" && low(d.Tokens[v-1]) != "to"
		if side >= 0 && !bare || names >= 2 && meetNoObject(d, v) {
			out = append(out, descEventOver(d, v, v+1))
		}
	}
	return out
}

// meetSideAt returns the first token of the named side after the verb at
// v ("met Belgian minister Y"), or -1.
func meetSideAt(d *Document, selected []Mention, v int) int {
	at := meetSideStart(d, v)
	if at < 0 {
		return -1
	}
	for _, m := range selected {
		if sideType(m.Type) && meetNameAfter(d, m.TokStart, m.TokEnd, at) {
			return m.TokStart
		}
	}
	return -1
}

// meetEventName names a meeting of metMeetings: "meeting". ok is false
// for any other event.
func meetEventName(d *Document, m Mention) (string, bool) {
	if m.Source != descEventSource || m.TokEnd-m.TokStart != 1 || m.Type != graph.Event || !meetVerbsIx.of(d.Tokens[m.TokStart]) {
		return "", false
	}
	return "meeting", true
}

// meetQualifier reports whether the name ending before token e only
// qualifies what follows it: "met Y's demands", "met Y Motors' chief"
// (the chief is the side; the relation stage finds the name).
func meetQualifier(d *Document, e int) bool {
	if e >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[e]
	return isPossessive(t) || (t.Text == "'" || t.Text == "’") && !t.Space
}

// titledStart returns the first token of the capitalised titles right before the
// name starting at token s ("Senator" of "X and Senator Y met"), s when
// there are none, so that a subject list may hold titled names.
func titledStart(d *Document, s int) int {
	for s > 0 && s-1 < len(d.Tokens) && d.Tokens[s-1].Word() && d.Tokens[s-1].Cap() && isRelRoleWord(low(d.Tokens[s-1])) && !d.Tokens[s-1].Break {
		s--
	}
	return s
}

// meetPlacing are the words that put a meeting at or into a gathering
// named after it.
var meetPlacing = map[string]bool{"at": true, "during": true, "for": true, "on": true, "ahead": true, "before": true,
	"after": true, "following": true}

// meetAtGathering reports whether the verb at v meets at, for or during
// a gathering the sentence names after it ("met Y at the G7 meeting",
// "met for talks", "met on the sidelines of the summit"): that gathering
// is the occurrence, which the gathering rules read (partAt), and a
// meeting of its own would be a second event.
func meetAtGathering(d *Document, v int) bool {
	for k := v + 1; k < len(d.Tokens) && k <= v+12 && !d.Tokens[k].Break; k++ {
		if !meetPlacing[low(d.Tokens[k])] {
			continue
		}
		for j := k + 1; j < len(d.Tokens) && j <= k+6 && !d.Tokens[j].Break; j++ {
			if l := low(d.Tokens[j]); gatheringHeads[l] || talksHeads[l] || occasionHeads[l] || objectGatherings[l] {
				return true
			}
			if d.Tokens[j].Text == "," || d.Tokens[j].Text == "." {
				break
			}
		}
	}
	return false
}

// meetNameAfter reports whether the name over tokens [s, e) is the side
// met, the verb's object from token at: talksNameAfter, with no
// preposition, time or adverb between ("met Belgian minister Y", "met
// car giant Y"; not "met briefly before the Y meeting"), and no
// possessive after it ("met Y's demands").
func meetNameAfter(d *Document, s, e, at int) bool {
	if !talksNameAfter(d, s, e, at) || meetQualifier(d, e) {
		return false
	}
	for k := at; k < s; k++ {
		l := low(d.Tokens[k])
		if l == "then" && k+1 < s && d.Tokens[k+1].Cap() {
			continue // "met then Home Office Minister Y": a former title
		}
		if l != "the" && (talksWordsAfter[l] || meetPlacing[l] || meetAdverbs[l] || talksAdverbs[l] || strings.HasSuffix(l, "ly")) {
			return false
		}
	}
	return true
}

// meetPeople are the plural nouns of a group of people that meets or is
// met: "X met bank officials", "Y finance ministers meet on Thursday".
var meetPeople = map[string]bool{"officials": true, "ministers": true, "leaders": true, "delegates": true,
	"delegations": true, "negotiators": true, "representatives": true, "executives": true, "bankers": true,
	"envoys": true, "diplomats": true, "lawmakers": true, "legislators": true, "senators": true,
	"governors": true, "counterparts": true, "creditors": true, "chiefs": true, "heads": true}

// meetGroupDeterminers may open a group met: "met its creditors".
var meetGroupDeterminers = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true}

// meetGroupAfter reports whether the verb at v takes a group of people as
// its object: at most three words that describe it (no preposition, time
// or adverb) and a meetPeople noun ("met senior West German officials",
// "will meet with representatives").
func meetGroupAfter(d *Document, v int) bool {
	at := meetSideStart(d, v)
	if at < 0 {
		return false
	}
	if meetGroupDeterminers[low(d.Tokens[at])] {
		at++
	}
	for k := at; k < len(d.Tokens) && k <= at+3; k++ {
		t := d.Tokens[k]
		l := low(t)
		if t.Break || !t.Word() {
			return false
		}
		if meetPeople[l] && !t.Cap() {
			return true
		}
		if groupStopWords[l] || talksWordsAfter[l] || meetAdverbs[l] || strings.HasSuffix(l, "ly") {
			return false
		}
	}
	return false
}

// meetGroupSubject returns the first token of the body or country whose
// people are the subject ending before token subj ("European Union
// finance ministers", "Y officials"), or -1: at most two lower-case words
// between the name and the meetPeople noun. bodyAt gives the first token
// of a name ending before token e and whether one does (-1 for a name of
// no body or country).
func meetGroupSubject(d *Document, subj int, bodyAt func(e int) (int, bool)) int {
	k := subj - 1
	if k < 1 || !meetPeople[low(d.Tokens[k])] || d.Tokens[k].Cap() {
		return -1
	}
	for e := k; e >= 1 && e >= k-2; e-- {
		if start, found := bodyAt(e); found {
			if start < 0 || prepositionBefore(d, start) {
				return -1
			}
			return start
		}
		if t := d.Tokens[e-1]; !t.Word() || t.Cap() || t.Break || groupStopWords[low(t)] {
			return -1 // only lower-case words between: "finance", "senior"
		}
	}
	return -1
}

// selectedBody is the bodyAt of meetGroupSubject over the selected
// mentions: an organization, country or party, not a person.
func selectedBody(selected []Mention) func(e int) (int, bool) {
	return func(e int) (int, bool) {
		m := mentionEndingAt(selected, e)
		if m == nil {
			return -1, false
		}
		if !sideType(m.Type) || m.Type == graph.Person {
			return -1, true
		}
		return m.TokStart, true
	}
}
