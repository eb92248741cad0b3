package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
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
	return pactHead(d, m) >= 0 && suitHeads[low(d.Tokens[pactHead(d, m)])]
}

// pactHead returns the token of event m's head, an agreement or lawsuit
// head that ends its name or stands before the preposition that names
// its sides ("contract between X and Y"), or -1.
func pactHead(d *Document, m placed) int {
	for k := m.tokStart; k < m.tokEnd; k++ {
		l := low(d.Tokens[k])
		if !signedHeads[l] && !suitHeads[l] {
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
	if h := pactHead(d, m); h < 0 || suitHeads[low(d.Tokens[h])] && !suitActs[l] || !suitHeads[low(d.Tokens[h])] && !pactActs[l] {
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
