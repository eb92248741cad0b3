package entities

import "strings"

// A speech, testimony or interview placed by "in" after a clause whose
// verb is not one of saying. utteranceAnchor reads "X said in a speech";
// news states as often what the speaker did in it, with the verb's
// object between:
//
//	X accepted the report's conclusions in a speech on March 4
//	he gave the warning in a speech to senior officials
//	X criticised Y in an interview with Z
//
// The speaker is the subject of that verb, as of a verb of saying: the
// anchor is the verb (or the perfect's auxiliary and the adverbs before
// it: "X has also criticised Y in a speech"), a past form (pastVerbAt)
// or a verb of saying, at
// most clauseAnchorReach words before "in", with only its object between
// (no comma, clause link or second verb, a gerund among them). A passive
// ("X was praised in a speech") has no speaker before it, nor has a verb
// whose subject stands
// in a reported clause ("X said Y accepted the plan in a speech": the
// speech is X's, or nobody's here).

// clauseAnchorReach bounds the words from the clause's verb to "in": the
// verb, then its object ("the report's conclusions").
const clauseAnchorReach = 8

// clauseObjectStops end the object walk: a word that opens another clause
// or phrase the speaker's verb does not take as its object.
var clauseObjectStops = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "when": true,
	"while": true, "because": true, "if": true, "as": true, "after": true, "before": true, "since": true,
	"to": true, "by": true, "not": true, "n't": true, "never": true,
	// an auxiliary after the anchor opens a second verb, of a reported
	// clause ("X said rates would rise in a speech")
	"would": true, "will": true, "could": true, "should": true, "may": true, "might": true, "can": true,
	"must": true, "shall": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "do": true, "does": true, "did": true}

// clauseVerbAnchor returns the verb of the clause that "in" at token i
// ends (see above), or -1.
func clauseVerbAnchor(d *Document, i int) int {
	start := sentenceStart(d, i)
	for k := i - 1; k > start && i-k <= clauseAnchorReach; k-- {
		t := d.Tokens[k]
		l := low(t)
		if !t.Word() && !isPossessive(t) || t.Break || clauseObjectStops[l] || reportingVerbs[l] && !utteranceSayVerbs[l] {
			return -1
		}
		if !t.Cap() && len(l) > 5 && strings.HasSuffix(l, "ing") && !actedDeterminers[low(d.Tokens[k-1])] && !ownerPronouns[low(d.Tokens[k-1])] && !isPossessive(d.Tokens[k-1]) {
			return -1 // a second verb: "X ruled out taking part in a debate" (not a noun: "gave the warning")
		}
		if t.Cap() || !pastVerbAt(d, k) && !utteranceSayVerbs[l] {
			continue
		}
		a := k
		for a-1 > start && (verbalAdverbs[low(d.Tokens[a-1])] || hasForms[low(d.Tokens[a-1])]) {
			a-- // "X has also criticised Y in a speech": the subject ends before the auxiliary and adverbs
		}
		if p := low(d.Tokens[a-1]); passiveBe[p] || p == "be" {
			return -1 // "X was praised in a speech", "X had been praised": X is not the speaker
		}
		if a < k && passiveBe[low(d.Tokens[k-1])] || reportedSubject(d, start, a) {
			return -1
		}
		return a
	}
	return -1
}

// reportedSubject reports whether the clause of the verb at token v stands
// in a reported clause of its sentence: a verb of saying or "that" before
// it from the sentence's start ("X said Y accepted ...").
func reportedSubject(d *Document, start, v int) bool {
	for k := start; k < v; k++ {
		if l := low(d.Tokens[k]); utteranceSayVerbs[l] || reportingVerbs[l] || l == "that" {
			return true
		}
	}
	return false
}
