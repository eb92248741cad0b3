package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Attendees named after their gathering: a sentence that lists who the
// delegates, participants or signatories are ("The delegates include
// Trade Representative X and officials of Y", "Participants included X,
// Y and Z") puts each in the gathering the sentence or one of the
// attendeeWindow sentences before it names last (a meeting, conference,
// summit, talks, session, congress, convention, forum or assembly). The
// list is read from the parse: the objects of "include" or "comprise"
// whose subject is an attendee noun, every conjunct and every body an
// envoy noun of the list stands for ("representatives of Y").

// attendeeNouns name those who take part in a gathering.
var attendeeNouns = map[string]bool{"delegate": true, "delegates": true, "participant": true, "participants": true,
	"attendee": true, "attendees": true, "signatory": true, "signatories": true, "delegation": true, "delegations": true}

// attendeeVerbs list the attendees: their subject is an attendee noun.
var attendeeVerbs = map[string]bool{"include": true, "includes": true, "included": true, "including": true,
	"comprise": true, "comprises": true, "comprised": true}

// attendeeWindow is how many sentences back the gathering may be named.
const attendeeWindow = 3

// attendeeList reports whether sentence si opens with an attendee noun
// (after at most two words) followed within four words by a verb of
// attendeeVerbs, and a gathering is named in it or shortly before: only
// then is the sentence parsed for parseAttendees.
func (rb *relBuilder) attendeeList(si int) bool {
	d := rb.d
	s := d.Sentences[si]
	noun := -1
	for k := s.TokStart; k < min(s.TokStart+3, s.TokEnd); k++ {
		if attendeeNouns[low(d.Tokens[k])] {
			noun = k
			break
		}
	}
	if noun < 0 {
		return false
	}
	for k := noun + 1; k < min(noun+6, s.TokEnd); k++ {
		if attendeeVerbs[low(d.Tokens[k])] {
			_, ok := rb.recentGathering(si)
			return ok
		}
	}
	return false
}

// recentGathering returns the last gathering event named in sentence si
// or the attendeeWindow sentences before it.
func (rb *relBuilder) recentGathering(si int) (int, bool) {
	for j := si; j >= 0 && j >= si-attendeeWindow; j-- {
		in := rb.bySentence[j]
		for i := len(in) - 1; i >= 0; i-- {
			m := in[i]
			if rb.ex.Entities[m.ent].Type == graph.Event && isGathering(rb.d, m) {
				return m.ent, true
			}
		}
	}
	return -1, false
}

// parseAttendees links the attendees a sentence lists to their gathering.
func (rb *relBuilder) parseAttendees(ps *parsedSentence, si int) {
	if !rb.attendeeList(si) {
		return
	}
	e, _ := rb.recentGathering(si)
	tr := ps.tr
	for v := range tr.Tokens {
		if !attendeeVerbs[lemmaOf(tr, v)] && !attendeeVerbs[strings.ToLower(tr.Tokens[v].Form)] || doubted(tr, v) {
			continue
		}
		subj := false
		for _, c := range tr.Children(v) {
			subj = subj || rel(tr, c) == "nsubj" && attendeeNouns[lemmaOf(tr, c)]
		}
		if !subj {
			continue
		}
		var xs []int
		for _, c := range tr.Children(v) {
			if rel(tr, c) != "obj" {
				continue
			}
			// "include Trade Representative X and officials of Y": each
			// conjunct, a title's name, an envoy noun's senders.
			for _, o := range append([]int{c}, tr.Conjuncts(c)...) {
				xs = rb.appendMention(xs, ps, o, -1)
			}
		}
		for _, xi := range xs {
			rb.addWithConjuncts(ps, xi, e)
		}
	}
}
