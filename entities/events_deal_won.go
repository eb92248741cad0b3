package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// wonDeals finds a contract or a loan that a named party is said to win,
// get or take on:
//
//	X won a 20 mln dlr contract (from Y)     → 20 mln dlr contract: X (Y)
//	X said it was awarded two contracts      → two contracts: X
//	X has awarded the first contracts        → first contracts: X
//	X has secured a 300 mln dlr loan         → 300 mln dlr loan: X
//	X signed a 7.7 billion dlr loan package  → 7.7 billion dlr loan package: X
//
// Business news states most contracts and loans this way, by the verb
// that gives the contract to its holder, and names them by no other words
// than their size and kind; madeDeals reads the verbs that make an
// agreement ("signed a contract"), not those by which one side wins it.
// A won contract or a loan taken is one occurrence of its article, so
// the event is a described event (descEventOver), named by the object's
// amount, modifiers and head. The subject must be a name or a list of
// names ending right before the verb (auxiliaries, "said it" aside,
// subjectList), the object a determiner or a count, then at most an
// amount and a few lower-case modifiers ("multi-million pound") and the head, and the head must
// end its phrase ("a contract worker" is no contract). An order is left
// out (a court's "restraining order" is one too), and a loan's verbs that
// only lend ("granted Y a loan") are not the holder's. The relation stage
// links the subject list and the party "from" or "by" which the contract
// or loan comes (wonSides, relations_deal_won.go).
func wonDeals(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v < 1 || v+2 >= len(d.Tokens) || d.Tokens[v].Cap() {
			continue
		}
		s, k := wonObject(d, v)
		if k < 0 || !pairSubject(d, selected, wonSubjectVerb(d, v)) {
			continue
		}
		out = append(out, descEventOver(d, s, k+1))
	}
	return out
}

// wonVerbs give a contract or a loan to the subject: true for those that
// take any head, false for those that take a loan only ("signed a loan",
// as madeDeals reads "signed a contract").
var wonVerbs = map[string]bool{"won": true, "wins": true, "secured": true, "obtained": true, "received": true,
	"landed": true, "awarded": true, "signed": false, "arranged": false, "negotiated": false, "accepted": false,
	"raised": false}

// wonVerbsIx is wonVerbs by number (wordindex.go): wonDeals starts at them.
var wonVerbsIx = indexKeys(wonVerbs)

// wonHeads end the object of wonDeals: true for a contract, false for a
// loan.
var wonHeads = map[string]bool{"contract": true, "contracts": true, "loan": false, "loans": false,
	"credit": false, "credits": false}

// wonCounts may open the object instead of "a": "won two contracts".
var wonCounts = map[string]bool{"a": true, "an": true, "the": true, "two": true, "three": true, "four": true,
	"five": true, "several": true}

// wonObject returns the first token after the determiner of the object of
// the verb at token v and the token of its head, or -1 for the head when
// the object is no contract or loan the verb gives. "X awarded a
// contract" names the giver, a party too; "X awarded Y a contract" has no
// determiner after the verb and gives nothing.
func wonObject(d *Document, v int) (int, int) {
	l := low(d.Tokens[v])
	anyHead, ok := wonVerbs[l]
	if !ok {
		return 0, -1
	}
	s, k := v+2, v+2
	switch det := low(d.Tokens[v+1]); {
	case det == "a" || det == "an" || det == "the":
	case wonCounts[det]:
		s = v + 1 // "two contracts": the count is part of the name
	default:
		s, k = v+1, v+1 // "won multi-million pound contracts": a plural head only
	}
	k = amountEnd(d, k)
	for n := 0; n < 5 && k < len(d.Tokens) && (d.Tokens[k].Word() || isDash(d.Tokens[k].Text) && !d.Tokens[k].Space) && !d.Tokens[k].Cap() && !d.Tokens[k].Break; n++ {
		if _, head := wonHeads[low(d.Tokens[k])]; head {
			break
		}
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Cap() || d.Tokens[k].Break {
		return 0, -1
	}
	contract, head := wonHeads[low(d.Tokens[k])]
	if !head || contract && !anyHead || s == v+1 && !wonCounts[low(d.Tokens[s])] && !strings.HasSuffix(low(d.Tokens[k]), "s") {
		return 0, -1
	}
	if k+1 < len(d.Tokens) && !d.Tokens[k+1].Break && !sideEndsPhrase(d, k+1) && !phraseFollowers[low(d.Tokens[k+1])] {
		if low(d.Tokens[k+1]) != "package" && low(d.Tokens[k+1]) != "facility" && low(d.Tokens[k+1]) != "line" {
			return 0, -1 // "a loan guarantee", "a contract worker": not the head
		}
		k++ // "a loan package", "a credit facility"
	}
	return s, k
}

// wonSubjectVerb returns the token the subject of the verb at token v
// ends before: the passive's auxiliaries ("was awarded", "has been
// awarded") belong to the verb.
func wonSubjectVerb(d *Document, v int) int {
	for v > 0 && (beForms[low(d.Tokens[v-1])] || low(d.Tokens[v-1]) == "been") && low(d.Tokens[v]) != "won" {
		v--
	}
	return v
}

// wonGiver returns the first token of the name of the party a contract
// or loan ending at token k comes from ("from the U.S. Navy", "by the
// Y Company"), or -1.
func wonGiver(d *Document, in []placed, k int, participant func(placed) bool) int {
	if k+1 >= len(d.Tokens) || low(d.Tokens[k]) != "from" && low(d.Tokens[k]) != "by" {
		return -1
	}
	s := k + 1
	if low(d.Tokens[s]) == "the" {
		s++
	}
	for _, x := range in {
		if x.tokStart == s && !x.coref && participant(x) {
			return s
		}
	}
	return -1
}

// wonSides links the parties of a contract or a loan that wonDeals found:
// every name of the subject list and the party it comes from.
func (rb *relBuilder) wonSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokStart < 2 {
			continue
		}
		v := e.tokStart - 1 // the verb when a count opens the name ("two contracts")
		if l := low(d.Tokens[v]); l == "a" || l == "an" || l == "the" {
			v-- // the determiner stands between
		}
		if v < 1 || v+1 >= len(d.Tokens) {
			continue
		}
		if s, k := wonObject(d, v); k < 0 || s != e.tokStart || k+1 != e.tokEnd {
			continue
		}
		starts := subjectList(d, wonSubjectVerb(d, v), rb.participantEnding(in))
		giver := wonGiver(d, in, e.tokEnd, rb.participant)
		for _, x := range in {
			if x.coref || !rb.participant(x) {
				continue
			}
			if x.tokStart == giver || slices.Contains(starts, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}
