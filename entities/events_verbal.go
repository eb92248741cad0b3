package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Events a sentence states by a verb and that no other rule reads: a
// vote, negotiations and a bankruptcy filing. News reports them by the
// verb as often as by the noun, and the annotation guide counts the one
// who votes, negotiates or files as involved in the occurrence ("votes"
// are events; "a particular occurrence the text denotes without a proper
// name"):
//
//	The Senate voted 64 to 32 to override ...      → vote: Senate
//	The SEC, which voted unanimously to ...        → vote: SEC
//	X is negotiating (terms) with Y                → negotiations: X and Y
//	X and Y have been negotiating since March      → negotiations: X and Y
//	X (has) filed for bankruptcy (protection)      → bankruptcy: X
//	X, which filed for Chapter 11 in 1985          → bankruptcy: X
//
// The event is the verb's act, one occurrence of its article
// (descEventOver over the verb, as legalVerbAt and metMeetings make
// theirs), named by the verb's nominal (verbalEventName), so that a
// later "the vote" or "the negotiations" can refer to it. Its subject
// is a named party, or a list of them, ending right before the verb's
// auxiliaries and adverbs, or before ", which" / ", who" (verbalSubjectAt);
// a negation, a wish or a modal before the verb ("did not vote", "refused
// to negotiate", "may file") states nothing (meetNegated). What else each
// verb needs (verbalFrameAt):
//   - "voted": what a vote takes after it (a preposition "to", "for",
//     "against", "on", "in favour", a tally "64 to 32", an adverb
//     "unanimously"), not an object ("voted Labour", "voted him out")
//     nor a passive ("was voted best film"); the subject a body, a
//     country or a party, not a person: one member's vote ("member X
//     voted for a rise") is a part of a body's decision the guide leaves
//     unannotated.
//   - "negotiating": a progressive ("is negotiating", "has been
//     negotiating") and a counterpart, "with" in its clause or a subject
//     list of two names.
//   - "filed": "for bankruptcy", "for Chapter 11", "for receivership",
//     "for (bankruptcy) protection".
//
// The relation stage links the subject's names and, for negotiations,
// the names after "with" (verbalSides, relations_verbal.go).

// verbalNominals give the nominal of each verb form.
var verbalNominals = map[string]string{"voted": "vote", "negotiating": "negotiations", "filed": "bankruptcy"}

// verbalVerbsIx indexes the verb forms of verbalNominals (wordindex.go):
// verbalEvents tests every token of the hot path.
var verbalVerbsIx = indexKeys(verbalNominals)

// verbalAdverbs may stand between the subject and the verb: "the Senate
// unanimously voted", "X is currently negotiating", "X yesterday filed".
var verbalAdverbs = map[string]bool{"also": true, "later": true, "earlier": true, "again": true, "then": true,
	"today": true, "yesterday": true, "unanimously": true, "overwhelmingly": true, "narrowly": true,
	"formally": true, "currently": true, "still": true, "now": true, "already": true, "recently": true,
	"finally": true, "eventually": true, "subsequently": true, "quietly": true, "voluntarily": true,
	"reportedly": true, "secretly": true, "privately": true}

// voteFollowers may follow "voted" in a vote: the preposition of what is
// voted on or for, a tally's link and the adverbs of how.
var voteFollowers = map[string]bool{"to": true, "for": true, "against": true, "on": true, "in": true,
	"unanimously": true, "overwhelmingly": true, "narrowly": true, "yesterday": true, "today": true,
	"down": true, "through": true, "by": true, "at": true, "last": true, "late": true, "early": true}

// bankruptcyHeads follow "filed for" in a bankruptcy filing.
var bankruptcyHeads = map[string]bool{"bankruptcy": true, "chapter": true, "receivership": true, "protection": true,
	"insolvency": true, "administration": true, "liquidation": true}

// verbalEvents finds the events of the verbs of verbalNominals (see
// above).
func verbalEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for v := 1; v+1 < len(d.Tokens); v++ {
		if !verbalVerbsIx.of(d.Tokens[v]) || d.Tokens[v].Cap() {
			continue
		}
		subj := verbalSubjectAt(d, v)
		if subj < 1 || !verbalFrameAt(d, v, subj) {
			continue
		}
		starts := subjectList(d, subj, func(k int) int {
			if m := mentionEndingAt(selected, k); m != nil && verbalSideType(low(d.Tokens[v]), m.Type) {
				return m.TokStart
			}
			return -1
		})
		if len(starts) == 0 || prepositionObject(d, starts[len(starts)-1]) || noneOf(d, starts[len(starts)-1]) {
			continue // "riots in Y voted": Y is not the subject; "none of Y's members voted"
		}
		if low(d.Tokens[v]) == "negotiating" && len(starts) < 2 && verbalWith(d, v) < 0 {
			continue // a negotiation needs a counterpart
		}
		out = append(out, descEventOver(d, v, v+1))
	}
	return out
}

// noneWords deny the act of the group a subject's "of" opens: "none of
// the Republicans voted", "neither of the firms".
var noneWords = map[string]bool{"none": true, "neither": true, "few": true, "no": true}

// noneOf reports whether "none of" (or "neither of") stands in the four
// tokens before the subject name starting at token s.
func noneOf(d *Document, s int) bool {
	for k := s - 1; k >= 1 && k >= s-4; k-- {
		if low(d.Tokens[k]) == "of" && noneWords[low(d.Tokens[k-1])] {
			return true
		}
		if d.Tokens[k].Break {
			return false
		}
	}
	return false
}

// verbalSideType reports whether an entity of type t may be the subject
// of the verb form verb: a body, country or party for "voted", any
// party for the others.
func verbalSideType(verb string, t graph.Type) bool {
	if verb == "voted" {
		return t == graph.Organization || t == graph.Country || t == graph.Party
	}
	return sideType(t)
}

// verbalSubjectAt returns the token the subject of the verb at token v
// ends before, auxiliaries and adverbs aside, or -1 when the verb there
// states no act: a passive "was voted", a "negotiating" without its
// progressive ("after negotiating with Y"), or a negation, a wish or a
// modal before it. After ", which" or ", who" the subject is the name
// before the comma.
func verbalSubjectAt(d *Document, v int) int {
	if meetNegated(d, v) {
		return -1
	}
	k := v
	for k > 0 && verbalAdverbs[low(d.Tokens[k-1])] {
		k--
	}
	switch low(d.Tokens[v]) {
	case "negotiating":
		if k < 1 || !passiveBe[low(d.Tokens[k-1])] || low(d.Tokens[k-1]) == "being" {
			return -1
		}
		k--
		if low(d.Tokens[k]) == "been" {
			if k < 1 || !hasForms[low(d.Tokens[k-1])] {
				return -1
			}
			k--
		}
	default:
		if k > 0 && (passiveBe[low(d.Tokens[k-1])] || low(d.Tokens[k-1]) == "be") {
			return -1 // "was voted best film", "had been filed for"
		}
		if k > 0 && hasForms[low(d.Tokens[k-1])] {
			k--
		}
	}
	for k > 0 && verbalAdverbs[low(d.Tokens[k-1])] {
		k--
	}
	if k >= 2 && (low(d.Tokens[k-1]) == "which" || low(d.Tokens[k-1]) == "who") && d.Tokens[k-2].Text == "," {
		k -= 2 // "the SEC, which voted"
	}
	return k
}

// hasForms are the perfect's auxiliaries.
var hasForms = map[string]bool{"has": true, "have": true, "had": true}

// verbalFrameAt reports whether what follows the verb at token v fits
// its act (see above).
func verbalFrameAt(d *Document, v, subj int) bool {
	n := d.Tokens[v+1]
	if d.Tokens[v].Break || n.Break {
		return false // a paragraph break before the verb parts it from its subject, after it from its complement
	}
	l := low(n)
	switch low(d.Tokens[v]) {
	case "voted":
		return voteFollowers[l] && !n.Cap() || hasDigit(n.Text) || numberWords[l]
	case "filed":
		return l == "for" && v+2 < len(d.Tokens) && bankruptcyHeads[low(d.Tokens[v+2])] && !d.Tokens[v+1].Break
	case "negotiating":
		return subj > 0
	}
	return false
}

// verbalWithReach bounds the tokens from "negotiating" to its "with":
// "negotiating a 2.15 billion dlr loan with".
const verbalWithReach = 9

// verbalWith returns the token of the "with" that names the counterpart
// of "negotiating" at token v within its clause, or -1.
func verbalWith(d *Document, v int) int {
	for k := v + 1; k < len(d.Tokens) && k <= v+verbalWithReach; k++ {
		t := d.Tokens[k]
		if low(t) == "with" {
			return k
		}
		if t.Break || t.Text == "," || t.Text == "." || t.Text == ";" || clauseLinks[low(t)] {
			return -1
		}
	}
	return -1
}

// verbalEventName names an event of verbalEvents by its verb's nominal
// ("vote", "negotiations", "bankruptcy"), and a session of
// bodyMeetings stated by "meets" or "meeting" is named "meeting"; ok is
// false for any other event.
func verbalEventName(d *Document, m Mention) (string, bool) {
	if m.Source != descEventSource || m.TokEnd-m.TokStart != 1 || d.Tokens[m.TokStart].Cap() {
		return "", false
	}
	if l := low(d.Tokens[m.TokStart]); l == "meets" || l == "meeting" {
		return "meeting", true // a body's session (events_verbal_meet.go)
	}
	if l := low(d.Tokens[m.TokStart]); imposedHeads[l] && imposedVerbBefore(d, m.TokStart) >= 0 {
		return l, true // a trade measure imposed (events_verbal_imposed.go)
	}
	n, ok := verbalNominals[low(d.Tokens[m.TokStart])]
	if !ok || verbalSubjectAt(d, m.TokStart) < 1 {
		return "", false // another rule's event over the same word
	}
	return n, true
}

// acronymSkipped returns the token before a bracketed acronym that ends
// right before token k ("the National Iranian Oil Company (NIOC)"), so
// that a subject list reads the name it abbreviates; else k.
func acronymSkipped(d *Document, k int) int {
	if k < 4 || d.Tokens[k-1].Text != ")" || d.Tokens[k-3].Text != "(" {
		return k
	}
	a := d.Tokens[k-2]
	if !a.Word() || len(a.Text) < 2 || strings.ToUpper(a.Text) != a.Text {
		return k
	}
	return k - 3
}
