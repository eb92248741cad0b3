package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// The parties of a pact or lawsuit (pactEvents, signedEvents), read by
// the relation stage:
//
//	contract between X and Y, joint venture with Y    sideInPact: a side
//	suit against Y                                    named in the event
//	X's 50 mln dlr supply contract                    pactOwner: the owner
//	X and Y ended their alliance                      pactVerb: the subject
//	X filed a copyright suit, X won the E             of a verb that makes,
//	                                                  ends or fights it
//	E against Y (after the event's name)              agreementSides

// isSuit reports whether event m is a lawsuit or court case: its last
// word, or the word before its "against", is a lawsuit head.
func isSuit(d *Document, m placed) bool {
	h := pactHead(d, m)
	return h >= 0 && suitHeads[low(d.Tokens[h])]
}

// pactHead returns the token of event m's head, an agreement or lawsuit
// head that ends its name or stands before the preposition that names
// its sides ("contract between X and Y"), or -1.
func pactHead(d *Document, m placed) int {
	for k := m.tokStart; k < m.tokEnd; k++ {
		if !pactHeadWord(low(d.Tokens[k])) {
			continue
		}
		if k+1 == m.tokEnd || sidePrepositions[low(d.Tokens[k+1])] {
			return k
		}
	}
	return -1
}

// sidePrepositions name the sides of a pact or lawsuit after its head.
var sidePrepositions = map[string]bool{"with": true, "between": true, "against": true}

// sideInPact reports whether x is a side named inside pact or lawsuit m,
// after the preposition that follows its head: "Y" in "joint venture with
// Y", both in "contract between X and Y". A side ends at the event's end
// or before "and" (not "Bank" in "the Bank of Japan").
func (rb *relBuilder) sideInPact(x, m placed) bool {
	d := rb.d
	h := pactHead(d, m)
	if h < 0 || h+1 >= m.tokEnd || x.tokStart <= h+1 || x.tokEnd > m.tokEnd {
		return false
	}
	return x.tokEnd == m.tokEnd || low(d.Tokens[x.tokEnd]) == "and"
}

// pactParty reports whether x, before pact or lawsuit m, is a party to it
// as its owner (pactOwner) or as the speaker a pronoun subject stands for
// (saidItPact).
func (rb *relBuilder) pactParty(in []placed, xi int, m placed) bool {
	return rb.pactOwner(in[xi], m) || rb.saidItPact(in[xi], m)
}

// saidItPact reports whether x is the speaker whom the pronoun after its
// reporting verb stands for, the pronoun being the party that makes or
// owns pact or lawsuit m: "X said it signed a supply agreement with Y",
// "X said today it had formed E", "X said its E expired" ("it" for a
// body or country, "he" or "she" for a person).
func (rb *relBuilder) saidItPact(x placed, m placed) bool {
	d := rb.d
	k := x.tokEnd
	if x.coref || pactHead(d, m) < 0 || k >= m.tokStart || !reportingVerbs[low(d.Tokens[k])] {
		return false
	}
	k++
	for k < m.tokStart && (low(d.Tokens[k]) == "that" || low(d.Tokens[k]) == "today" || low(d.Tokens[k]) == "yesterday") {
		k++
	}
	if k >= m.tokStart {
		return false
	}
	p := low(d.Tokens[k])
	switch rb.ex.Entities[x.ent].Type {
	case graph.Person:
		if p != "he" && p != "she" && p != "his" && p != "her" {
			return false
		}
	default:
		if p != "it" && p != "its" {
			return false
		}
	}
	if p == "its" || p == "his" || p == "her" {
		return amountStart(d, modifierStart(d, m.tokStart, 0)) == k+1 // "X said its E"
	}
	for k++; k < m.tokStart && saidItAuxiliaries[low(d.Tokens[k])]; k++ {
	}
	return k < m.tokStart && pactActBefore(d, k, m)
}

// saidItAuxiliaries may stand between the pronoun and its verb: "it has
// signed", "it also formed" (not a modal: "it would sign" is not done).
var saidItAuxiliaries = map[string]bool{"has": true, "had": true, "have": true, "also": true, "recently": true,
	"today": true, "yesterday": true, "earlier": true, "formally": true, "jointly": true}

// pactOwner reports whether x owns pact or lawsuit m by a possessive with
// an amount between: "X's 225 mln dlr insider trading case". (Right
// before the event, "X's E" is read by every event.)
func (rb *relBuilder) pactOwner(x, m placed) bool {
	d := rb.d
	if x.coref || x.tokEnd+2 > m.tokStart || !isPossessive(d.Tokens[x.tokEnd]) || pactHead(d, m) < 0 {
		return false
	}
	return amountStart(d, modifierStart(d, m.tokStart, 0)) == x.tokEnd+1
}

// pactVerb reports whether verb v makes, ends or fights event e, a pact
// or lawsuit, so that its subject is a party: "X and Y formed a joint
// venture with Z", "X ended its alliance", "X filed a suit against Y".
func (rb *relBuilder) pactVerb(tr *syntax.Tree, v int, e placed) bool {
	f := strings.ToLower(tr.Tokens[v].Form)
	switch {
	case isSuit(rb.d, e):
		return suitActs[f]
	case pactHead(rb.d, e) >= 0:
		return pactActs[f]
	}
	return false
}

// pactActs make, join, end or carry out an agreement, contract or
// alliance: their subject is a party.
var pactActs = map[string]bool{"formed": true, "forms": true, "form": true, "forged": true, "entered": true,
	"ended": true, "terminated": true, "cancelled": true, "canceled": true, "scrapped": true, "won": true,
	"wins": true, "awarded": true, "completed": true, "announced": true, "finalised": true, "finalized": true,
	"negotiated": true, "set": true, "created": true, "launched": true, "broke": true, "abandoned": true}

// suitActs bring, settle or decide a lawsuit as one of its parties.
var suitActs = map[string]bool{"filed": true, "files": true, "file": true, "brought": true, "lodged": true,
	"launched": true, "won": true, "lost": true, "settled": true, "dropped": true, "withdrew": true,
	"pursued": true, "joined": true, "fought": true, "faces": true, "faced": true, "initiated": true}

// pactActBefore reports whether the word at token k makes, ends or fights
// pact or lawsuit m right before it, a determiner, owner, particle and
// amount aside: "ended their E", "won a 40 mln dlr E", "set up a E" (the
// cue reading of pactVerb, for a subject list the parse misses).
func pactActBefore(d *Document, k int, m placed) bool {
	l := low(d.Tokens[k])
	h := pactHead(d, m)
	if h < 0 {
		return false
	}
	if suitHeads[low(d.Tokens[h])] && !suitActs[l] && !suitMakers[l] ||
		!suitHeads[low(d.Tokens[h])] && !pactActs[l] && !signVerbs[l] && !agreementActs[l] && !pactMakers[l] {
		return false
	}
	b := amountStart(d, modifierStart(d, m.tokStart, 0))
	if b > 0 && (actedDeterminers[low(d.Tokens[b-1])] || ownerPronouns[low(d.Tokens[b-1])]) {
		b--
	}
	if b > 0 && (low(d.Tokens[b-1]) == "up" || low(d.Tokens[b-1]) == "into") {
		b--
	}
	return b == k+1
}
