package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// legalVerbSides links the parties of a legal act stated by its verb
// (legalVerbAt, events_legal.go): the subject, or every name of the
// subject list, and "he" or "she" as a passive's subject; the agent
// after "by" of a passive ("Y was fined 1m euros by X"), an amount in
// brackets between allowed; the object of an active verb ("X fined Y");
// and for "Y is under investigation by X", Y and X.
func (rb *relBuilder) legalVerbSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event {
			continue
		}
		subj, other := -1, -1 // the token the subject ends before; where the agent or object starts
		pronoun := false
		switch {
		case rb.legalVerbEvent(e):
			if a := legalPassiveStart(d, e.tokStart); a > 0 {
				subj, other, pronoun = a, legalAgentAt(d, e.tokEnd), true
			} else if a := legalActiveStart(d, e.tokStart); a > 0 {
				subj, other = a, objectNameStart(d, e.tokEnd)
			}
		case low(d.Tokens[e.tokEnd-1]) == "investigation":
			u := underBefore(d, e.tokEnd-1)
			if u < 0 {
				continue
			}
			subj, pronoun = underSubjectEnd(d, u), true
			if e.tokEnd+1 < len(d.Tokens) && low(d.Tokens[e.tokEnd]) == "by" {
				other = objectNameStart(d, e.tokEnd+1)
			}
		}
		if subj < 1 {
			continue
		}
		starts := rb.describedListHead(in, subjectList(d, reportedSubjectEnd(d, subj), rb.participantEnding(in)))
		for _, x := range in {
			if x.ent == e.ent || !rb.participant(x) {
				continue
			}
			named := !x.coref && (x.tokStart == other || slices.Contains(starts, x.tokStart) && !prepositionObject(d, x.tokStart))
			he := pronoun && x.coref && x.tokEnd == subj && x.tokEnd-x.tokStart == 1 && (low(d.Tokens[x.tokStart]) == "he" || low(d.Tokens[x.tokStart]) == "she")
			if named || he {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// legalAgentMaxGap bounds the tokens from a passive legal verb to its
// "by": "fined 1m euros ($1.3m; £690,000) by X".
const legalAgentMaxGap = 14

// legalAgentAt returns the first token of the agent's name after "by"
// that follows the passive legal verb ending at token k, an amount or
// time and words in brackets between allowed, or -1. A clause word or
// comma outside brackets ends the search: in "fined $5m for failings
// found by X" X found, not fined.
func legalAgentAt(d *Document, k int) int {
	depth := 0
	for j := k; j < len(d.Tokens) && j < k+legalAgentMaxGap; j++ {
		t := d.Tokens[j]
		l := low(t)
		switch {
		case t.Break:
			return -1
		case l == "(":
			depth++
		case l == ")":
			depth--
		case depth > 0: // "($1.3m; £690,000)"
		case l == ".":
			return -1
		case l == "by":
			return objectNameStart(d, j+1)
		case l == "," || l == ";" || legalClauseWords[l] || t.Cap():
			return -1
		}
	}
	return -1
}

// legalClauseWords end the stretch between a passive legal verb and its
// agent.
var legalClauseWords = map[string]bool{"for": true, "after": true, "over": true, "because": true, "which": true,
	"who": true, "that": true, "and": true, "but": true, "when": true, "while": true, "in": true, "on": true,
	"of": true, "to": true}

// underBefore returns the token of "under" before the head "investigation"
// at token h (at most two modifiers between: "under formal
// investigation"), or -1.
func underBefore(d *Document, h int) int {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if low(d.Tokens[k]) == "under" {
			return k
		}
		if !talksModifier(d.Tokens[k]) {
			return -1
		}
	}
	return -1
}

// describedListHead adds to a subject list of one name the name before
// it when a description of the second stands between them: "X and its
// former chief executive Y were fined" (X and Y), "X and his deputy Y".
func (rb *relBuilder) describedListHead(in []placed, starts []int) []int {
	if len(starts) != 1 {
		return starts
	}
	d := rb.d
	k, words := starts[0], 0
	if k > 0 && honorificGenders[low(d.Tokens[k-1])] != "" {
		k-- // "its chief executive Mr Y"
	}
	for k > 0 && words < 5 && d.Tokens[k-1].Word() && !d.Tokens[k-1].Cap() && !d.Tokens[k-1].Break && low(d.Tokens[k-1]) != "and" &&
		(ownerPronouns[low(d.Tokens[k-1])] || !groupStopWords[low(d.Tokens[k-1])]) {
		k--
		words++
	}
	if words == 0 || k < 2 || low(d.Tokens[k-1]) != "and" || !ownerPronouns[low(d.Tokens[k])] {
		return starts
	}
	if s := rb.participantEnding(in)(k - 1); s >= 0 {
		return append(starts, s)
	}
	return starts
}
