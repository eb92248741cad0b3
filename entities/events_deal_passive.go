package entities

import "github.com/newsgraph/newsgraph/graph"

// Passive takeovers, sales and lawsuits: "Y was acquired by X", "Y was
// bought by X", "Y has been taken over by X", "Y agreed to be acquired by
// X", "Y was sold to X", "Y was sued by X". News states the bought, sold
// or sued party first as often as the buyer, so the passive is the same
// event as boughtCompanies reads in the active voice, named the same way
// by the verb's nominal and the party it acts on ("acquisition of Y"),
// which here is the subject. Both the subject and the agent after "by"
// (for a sale, the buyer after "to") must be named, the subject ending
// right before the verb's auxiliaries: "shares were bought by X" or "a
// stake was sold to X" names no deal between parties, and "Y will be
// acquired by X" (a modal before the chain) gives nothing.

// passiveStart returns the first token of the passive auxiliaries right
// before the verb at token v ("was", "were", "has been", "agreed to be"),
// or -1 when the verb is not passive.
func passiveStart(d *Document, v int) int {
	a := v - 1
	if a < 1 {
		return -1
	}
	switch low(d.Tokens[a]) {
	case "was", "were":
	case "been":
		if l := low(d.Tokens[a-1]); l != "has" && l != "have" && l != "had" {
			return -1
		}
		a--
	case "be":
		if a < 3 || low(d.Tokens[a-1]) != "to" || low(d.Tokens[a-2]) != "agreed" {
			return -1
		}
		a -= 2
	default:
		return -1
	}
	return a
}

// passiveSubjectEnd returns the token the subject of the passive verb at
// token v ends before: before its auxiliaries, "said it" ("Y said it
// agreed to be acquired") and Reuters' ">" aside; -1 when the verb is
// not passive.
func passiveSubjectEnd(d *Document, v int) int {
	a := passiveStart(d, v)
	if a < 1 {
		return -1
	}
	if a >= 3 && low(d.Tokens[a-1]) == "it" && reportingVerbs[low(d.Tokens[a-2])] {
		a -= 2
	}
	if d.Tokens[a-1].Text == ">" {
		a--
	}
	return a
}

// passiveAgentAt returns the first token of the agent's name after the
// passive verb's words ending at token k ("by X", for a sale "to X"; "the"
// and Reuters' "<" aside), or -1.
func passiveAgentAt(d *Document, k int, sale bool) int {
	if k+1 >= len(d.Tokens) || d.Tokens[k].Break {
		return -1
	}
	if p := low(d.Tokens[k]); !(p == "by" || sale && p == "to") {
		return -1
	}
	k++
	if low(d.Tokens[k]) == "the" || d.Tokens[k].Text == "<" {
		k++
	}
	return k
}

// passiveDeal reports whether the verb at token v with words w is a
// passive takeover, sale or lawsuit between a named subject and a named
// agent (the kinds of boughtObject: an organization bought or sold, any
// party sued).
func passiveDeal(d *Document, selected []Mention, v, w int, nominal string) bool {
	a := passiveSubjectEnd(d, v)
	if a < 1 {
		return false
	}
	subj := mentionEndingAt(selected, a)
	agent := mentionAt(selected, passiveAgentAt(d, v+w, nominal == "sale"))
	if subj == nil || agent == nil || !sideType(agent.Type) {
		return false
	}
	return subj.Type == graph.Organization || nominal == "lawsuit" && sideType(subj.Type)
}

// passiveSubjectName returns the words of the capitalised name that ends
// before token e (passiveSubjectEnd: "The Borvex Group was bought":
// "Borvex Group"), "" when there is none.
func passiveSubjectName(d *Document, e int) string {
	s := capitalRunStart(d, e, 6)
	if s >= e {
		return ""
	}
	return d.Text[d.Tokens[s].Start:d.Tokens[e-1].End]
}
