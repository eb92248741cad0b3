package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Agreements stated by the verb alone. Governments and companies that
// come to terms are often reported by "agreed to" and what they will do,
// with no noun for the agreement:
//
//	Britain and Japan agreed to operate 12 flights a week
//	Canada, Britain, France and Japan agreed to cooperate in stabilising
//	exchange rates
//
// Two or more named countries or organizations as the subject list of
// "agreed to" and a verb make an agreement among them: agreedEvents
// names it "agreement" (a described event of one article, over the verb
// "agreed": agreedEventName) and agreedSides links every name of the
// list. One party that "agreed to" do something made no agreement with
// anyone the sentence names; people ("X and Y agreed to join the board")
// agree as persons, not as parties to a pact; a purchase, sale or merger
// ("X and Y agreed to sell Z") is the deal rules' (events_deal_*.go).
func agreedEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 2 || v+2 >= len(d.Tokens) {
			continue
		}
		if !agreedAt(d, v) {
			continue
		}
		parties := 0
		for _, k := range agreedParties(d, v, func(k int) int {
			if m := mentionEndingAt(selected, k); m != nil && agreedListType(m.Type) {
				return m.TokStart
			}
			return -1
		}) {
			if m := mentionAt(selected, k); m != nil && m.Type != graph.Place {
				parties++
			}
		}
		if parties >= 2 {
			out = append(out, descEventOver(d, v, v+1))
		}
	}
	return out
}

// agreedAt reports whether token v is "agreed" followed by "to" and a
// lower-case verb that is no buying, selling or merging verb and no act
// a party does on its own (unilateralActs).
func agreedAt(d *Document, v int) bool {
	if v+2 >= len(d.Tokens) || d.Tokens[v].Text != "agreed" || low(d.Tokens[v+1]) != "to" {
		return false
	}
	t := d.Tokens[v+2]
	l := low(t)
	return t.Word() && !t.Cap() && !baseBuyVerbs[l] && l != "merge" && l != "be" && !actedDeterminers[l] && !unilateralActs[l]
}

// unilateralActs are what each party of a list may agree to do on its
// own, towards someone else, without an agreement among them: "X and Y
// agreed to accept the offer", "X and Y agreed to pay penalties", "X, Y
// and Z agreed to help OPEC".
var unilateralActs = map[string]bool{"accept": true, "pay": true, "repay": true, "help": true, "support": true,
	"back": true, "tender": true, "vote": true, "resign": true, "step": true, "plead": true}

// agreedParties returns the first tokens of the names of the subject
// list of "agreed" at token v (subjectList), none when a negation stands
// before the verb ("X and Y have not agreed to ..."). A place a fronted
// phrase names before the list is no party: "In Paris, X, Y and Z
// agreed".
func agreedParties(d *Document, v int, nameEnding func(k int) int) []int {
	if negatedSubject(d, v) { // events_corp_offers.go
		return nil
	}
	var out []int
	for _, k := range subjectList(d, v, nameEnding) {
		if k == 0 || !placePrepositions[low(d.Tokens[k-1])] {
			out = append(out, k)
		}
	}
	return out
}

// agreedListType reports whether a name of type t may stand in the list
// before "agreed": a country or organization, the parties, or a place,
// which a fronted phrase names before them ("In Lima, X, Y and Z
// agreed") and agreedParties drops.
func agreedListType(t graph.Type) bool {
	return t == graph.Country || t == graph.Organization || t == graph.Place
}

// placePrepositions open a phrase of place or time before a clause.
var placePrepositions = map[string]bool{"in": true, "at": true, "on": true, "from": true}

// agreedEventName names an event of agreedEvents "agreement"; ok is false
// for any other event.
func agreedEventName(d *Document, m Mention) (string, bool) {
	if m.Source != descEventSource || m.TokEnd-m.TokStart != 1 || !agreedAt(d, m.TokStart) {
		return "", false
	}
	return "agreement", true
}

// agreedSides links each country or organization of the subject list to
// an agreement of agreedEvents.
func (rb *relBuilder) agreedSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd-e.tokStart != 1 || !agreedAt(d, e.tokStart) {
			continue
		}
		starts := agreedParties(d, e.tokStart, func(k int) int {
			for _, x := range in {
				if x.tokEnd == k && !x.coref && agreedListType(rb.ex.Entities[x.ent].Type) {
					return x.tokStart
				}
			}
			return -1
		})
		for _, x := range in {
			if !x.coref && x.ent != e.ent && rb.participant(x) && slices.Contains(starts, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}
