package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// intentLetters finds a letter of intent that its parties are said to
// sign:
//
//	X (said it) signed a letter of intent to acquire Y   → letter of intent: X, Y
//	X has signed a letter of intent with Y to buy ...    → letter of intent: X, Y
//	X entered into a letter of intent for a merger with Y
//	X signed a letter of intent to be acquired by Y
//
// Wire news reports most takeovers first by such a letter, the step
// before a definitive agreement, and names it by no other words; madeDeals
// reads the agreement heads ("signed an agreement to acquire Y") and
// would not see a head of three words. A letter of intent is one
// occurrence of its article, a described event (descEventOver) over
// "letter of intent" and the vague words before it ("preliminary",
// "non-binding"). The subject must be a name or a list of names ending
// right before the verb (auxiliaries and "said it" aside, pairSubject);
// a letter only sought ("hopes to sign a letter of intent") has no past
// verb before it. The relation stage links the subject list, the side
// after "with", the body to be acquired and the buyer of "to be acquired
// by Y" (intentSides).
func intentLetters(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		s, e := intentLetterAt(d, v)
		if e < 0 || !pairSubject(d, selected, v) {
			continue
		}
		out = append(out, descEventOver(d, s, e))
	}
	return out
}

// intentVerbs make a letter of intent in the past ("entered" only before
// "into").
var intentVerbs = map[string]bool{"signed": true, "executed": true, "reached": true, "concluded": true,
	"entered": true}

// intentVerbsIx is intentVerbs by number (wordindex.go): intentLetters
// starts at them.
var intentVerbsIx = indexSet(intentVerbs)

// intentLetterAt returns the first and the end token of the letter of
// intent that the verb at token v makes, or -1 for the end when there is
// none: the verb, "into" after "entered", "a" or "an", at most two vague
// words and "letter of intent".
func intentLetterAt(d *Document, v int) (int, int) {
	if v < 1 || v >= len(d.Tokens) || !intentVerbs[low(d.Tokens[v])] || d.Tokens[v].Cap() {
		return 0, -1
	}
	k := v + 1
	if low(d.Tokens[v]) == "entered" {
		if k >= len(d.Tokens) || low(d.Tokens[k]) != "into" {
			return 0, -1
		}
		k++
	}
	if k >= len(d.Tokens) || low(d.Tokens[k]) != "a" && low(d.Tokens[k]) != "an" {
		return 0, -1
	}
	s := k + 1
	k = s
	for n := 0; n < 2 && k < len(d.Tokens); n++ {
		if k+2 < len(d.Tokens) && isDash(d.Tokens[k+1].Text) && intentVague[low(d.Tokens[k])+"-"+low(d.Tokens[k+2])] {
			k += 3 // "non-binding" written as three tokens
			continue
		}
		if !dealVagueWord(d.Tokens[k]) && !intentVague[low(d.Tokens[k])] {
			break
		}
		k++
	}
	if k+2 >= len(d.Tokens) || low(d.Tokens[k]) != "letter" || low(d.Tokens[k+1]) != "of" || low(d.Tokens[k+2]) != "intent" ||
		d.Tokens[k].Break || d.Tokens[k+1].Break || d.Tokens[k+2].Break {
		return 0, -1
	}
	return s, k + 3
}

// intentVague are the words that may stand before "letter of intent"
// without telling it apart.
var intentVague = map[string]bool{"non-binding": true, "nonbinding": true, "formal": true, "definitive": true}

// intentSides links the parties of a letter of intent that intentLetters
// found: the subject list, a side after "with" ("with Y to buy"), the
// body to be bought ("to acquire Y", agreedTarget) or merged with ("for
// a merger with Y"), and the buyer of "to be acquired by Y".
func (rb *relBuilder) intentSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokStart < 3 {
			continue
		}
		v := e.tokStart - 2 // the verb, or "into"
		if low(d.Tokens[v]) == "into" {
			v--
		}
		if s, end := intentLetterAt(d, v); end != e.tokEnd || s != e.tokStart {
			continue
		}
		sides := subjectList(d, v, rb.participantEnding(in))
		sides = append(sides, agreedTarget(d, e.tokEnd), intentPartner(d, e.tokEnd))
		for _, x := range in {
			if !x.coref && rb.participant(x) && slices.Contains(sides, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// intentPartner returns the first token of the name of the other party a
// letter of intent ending at token k names: "with Y", "for a merger with
// Y", "to be acquired by Y", "to merge with Y"; or -1.
func intentPartner(d *Document, k int) int {
	words := func(ws ...string) bool {
		if k+len(ws) >= len(d.Tokens) {
			return false
		}
		for i, w := range ws {
			if low(d.Tokens[k+i]) != w || d.Tokens[k+i].Break {
				return false
			}
		}
		return true
	}
	for _, ws := range intentPartnerLinks {
		if words(ws...) {
			return objectNameStart(d, k+len(ws))
		}
	}
	return -1
}

// intentPartnerLinks are the words between a letter of intent and its
// other party.
var intentPartnerLinks = [][]string{{"with"}, {"for", "a", "merger", "with"}, {"to", "be", "acquired", "by"},
	{"to", "be", "bought", "by"}, {"to", "merge", "with"}, {"to", "be", "purchased", "by"}}
