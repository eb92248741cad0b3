package entities

import "github.com/newsgraph/newsgraph/graph"

// Meetings placed in a city put their participants there: a person who
// takes part in talks, a meeting, a summit or a conference held in a
// place or country is there, and is visiting it when it is foreign to
// him or her.
//
//	X made the pledge during talks with Q in W      → Q (the one met)
//	X agreed to meet Q in W; X met with Q in W       → Q
//	officials gave the message to Q in meetings in W → Q
//	X told reporters at an energy conference in W    → X (the clause's subject)
//	X said on return from talks in W                 → X
//	Leaving a W summit Mr X said; At the W talks, X  → X (a fronted phrase)
//
// As for presence (relations_presence.go), the participant must serve a
// country the article names and W must lie in another: "the chancellor
// met union leaders at a meeting in Bonn" is no visit, nor is an
// athlete's win at a meeting abroad (no country served). The candidates
// wait for finish in rb.presences.

// meetingNouns name a meeting whose place puts its participants there.
var meetingNouns = map[string]bool{"talks": true, "meeting": true, "meetings": true, "summit": true,
	"conference": true, "negotiations": true, "consultations": true, "discussions": true, "session": true}

// meetVerbs take the person met as their object ("meet Q in W") or
// after "with" ("met with Q in W").
var meetVerbs = map[string]bool{"meet": true, "meets": true, "met": true, "meeting": true}

// meetingLeads open the phrase of a meeting the clause's subject takes
// part in: prepositions, and verbs of attending or of leaving it.
var meetingLeads = map[string]bool{"at": true, "during": true, "after": true, "before": true, "from": true,
	"on": true, "attend": true, "attends": true, "attended": true, "attending": true, "leaving": true,
	"left": true, "addressed": true, "addressing": true}

// meetingDeterminers open a meeting's noun phrase: "a", "the", "this
// week's", "last year's", "his".
var meetingDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "last": true,
	"next": true, "his": true, "her": true, "their": true}

// meetingModifierMax bounds the words between a meeting's determiner and
// its noun ("next week's International Monetary Fund meeting").
const meetingModifierMax = 7

// meetingVisits records the participants of the meetings sentence si
// places in a place or country (see above).
func (rb *relBuilder) meetingVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	for k, dst := range in {
		if !rb.isDestination(dst) || dst.coref || !destinationEnds(d, dst) {
			continue
		}
		var n int // the meeting noun
		p := dst.tokStart - 1
		if p > s.TokStart && low(d.Tokens[p]) == "in" {
			if q, ok := rb.metInPlace(in[:k], s, p); ok {
				rb.presences = append(rb.presences, pendingPresence{q, dst.ent, span})
				continue
			}
		}
		switch {
		case p-1 > s.TokStart && low(d.Tokens[p]) == "in" && meetingNouns[low(d.Tokens[p-1])]:
			n = p - 1 // "talks in W"
		case dst.tokEnd < s.TokEnd && meetingNouns[low(d.Tokens[dst.tokEnd])] && !possessiveAt(d, dst.tokEnd) &&
			isDemonymFree(rb.ex.Entities[dst.ent], d, dst):
			n = dst.tokEnd // "a Brussels summit"
		default:
			continue
		}
		if src, ok := rb.meetingParticipant(si, in, n, max(n+1, dst.tokEnd)); ok {
			rb.presences = append(rb.presences, pendingPresence{src, dst.ent, span})
		}
	}
}

// metInPlace returns the person met whose name ends at the "in" at token
// p: "talks with (President) Q in", "met with Q in", "meet Q in", or "Q
// in meetings in" where p is the second "in"; before are the mentions
// before the destination.
func (rb *relBuilder) metInPlace(before []placed, s Sentence, p int) (int, bool) {
	d := rb.d
	for j := len(before) - 1; j >= 0; j-- {
		q := before[j]
		if q.tokEnd > p {
			continue
		}
		if !rb.isTraveller(q) || rb.ex.Entities[q.ent].Type != graph.Person {
			return 0, false
		}
		if q.tokEnd == p {
			return q.ent, rb.meetsBefore(s, q.tokStart)
		}
		// "to Q in meetings in W": only the meeting noun between.
		return q.ent, q.tokEnd+2 == p && low(d.Tokens[q.tokEnd]) == "in" && meetingNouns[low(d.Tokens[q.tokEnd+1])]
	}
	return 0, false
}

// meetsBefore reports whether the words before a name starting at token
// i make it the one met: its title, then "with" after a meeting noun or a
// meet verb ("talks with", "met with"), or a meet verb itself ("meet").
func (rb *relBuilder) meetsBefore(s Sentence, i int) bool {
	d := rb.d
	for k := i - 1; k >= s.TokStart && i-k <= titleMaxWords+1; k-- {
		l := low(d.Tokens[k])
		switch {
		case l == "with":
			return k > s.TokStart && (meetingNouns[low(d.Tokens[k-1])] || meetVerbs[low(d.Tokens[k-1])])
		case meetVerbs[l] && l != "meeting":
			return true
		case !titleGap(d, k, k+1) || l == "to" || l == "and":
			return false
		}
	}
	return false
}

// meetingParticipant returns the subject who takes part in the meeting
// whose noun is token n, the phrase ending before token end: the phrase
// opens with a meeting lead, and its subject is read as a trip's
// (tripSubject) or, for a fronted phrase, is the name right after it.
func (rb *relBuilder) meetingParticipant(si int, in []placed, n, end int) (int, bool) {
	d := rb.d
	s := d.Sentences[si]
	lead := rb.meetingLead(s, n)
	if lead < 0 {
		return 0, false
	}
	if l := low(d.Tokens[lead]); (l == "on" || l == "from") && lead > s.TokStart {
		// "commented on a meeting", "benefited from talks": the phrase
		// is a verb's object; "on return from talks" is a trip.
		if verbTakesPrep(d, lead) {
			return 0, false
		}
	}
	if lead == s.TokStart {
		return rb.frontedParticipant(in, s, end, lead)
	}
	return rb.tripSubject(si, in, lead, n)
}

// meetingLead returns the meeting lead before the noun phrase of meeting
// noun n (its determiner and modifiers, or none: "at talks in W"), or -1.
func (rb *relBuilder) meetingLead(s Sentence, n int) int {
	d := rb.d
	k := n - 1
	for ; k >= s.TokStart && n-k <= meetingModifierMax; k-- {
		t := d.Tokens[k]
		l := low(t)
		if meetingLeads[l] && !t.Cap() || k == s.TokStart && meetingLeads[l] {
			return k
		}
		if meetingDeterminers[l] {
			k--
			break
		}
		if !(t.Word() || isPossessive(t) || isDash(t.Text) || isNumber(t.Text)) || subordinators[l] || speechVerbs[l] {
			return -1
		}
	}
	if k >= s.TokStart && meetingLeads[low(d.Tokens[k])] {
		return k
	}
	return -1
}

// frontedParticipant returns the person or organization that opens the
// clause after a fronted meeting phrase ending before token from: with
// its title, after a comma, or with none after a fronted participle
// ("Leaving a W summit Mr X said").
func (rb *relBuilder) frontedParticipant(in []placed, s Sentence, from, lead int) (int, bool) {
	d := rb.d
	gerund := len(low(d.Tokens[lead])) > 4 && low(d.Tokens[lead])[len(low(d.Tokens[lead]))-3:] == "ing"
	for _, p := range in {
		if p.tokStart < from || titleModifier(d, p) {
			continue
		}
		i := from
		if i < p.tokStart && d.Tokens[i].Text == "," {
			i++
		} else if !gerund {
			return 0, false
		}
		if !rb.isTraveller(p) || !titleGap(d, i, p.tokStart) || possessiveAt(d, p.tokEnd) {
			return 0, false
		}
		return p.ent, true
	}
	return 0, false
}
