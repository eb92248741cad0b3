package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// legalRoleMaxSpan bounds the tokens from a role wording's first word to
// the head of its event ("target of an SEC investigation").
const legalRoleMaxSpan = 14

// legalRoleSides links the subject of a role wording (legalRoleAt,
// events_legal_roles.go) to the inquiry, case or trial after it: the
// named subject or every name of its list ("X and Y face lawsuits"), or
// "he" or "she" as the coreference stage resolved it, or the reporter of
// a reported "it" ("X said it is co-operating with the investigation"). The event may be a reference to one named before
// ("the investigation" for "the SEC investigation").
func (rb *relBuilder) legalRoleSides(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	bodyEnd := func(j int) int {
		for _, x := range in {
			if x.tokStart == j && !x.coref && x.tokEnd-x.tokStart <= 4 {
				if t := rb.ex.Entities[x.ent].Type; t == graph.Organization || t == graph.Country {
					return x.tokEnd
				}
			}
		}
		return -1
	}
	for _, e := range in {
		h := e.tokEnd - 1
		if rb.ex.Entities[e.ent].Type != graph.Event || h < 1 || !legalRoleHeads[low(d.Tokens[h])] {
			continue
		}
		k := -1
		for j := h - 1; j >= s.TokStart && j >= h-legalRoleMaxSpan; j-- {
			if n := legalRoleWordings.at(d, j, false); n > 0 {
				if _, hh := legalRoleObject(d, j+n, bodyEnd); hh == h && (!investigatorWords[low(d.Tokens[j])] || investigatorHeads[low(d.Tokens[h])]) {
					k = j
				}
				break
			}
		}
		if k < 0 || talksNegated(d, k) || legalModalBefore(d, k) {
			continue
		}
		subj := reportedSubjectEnd(d, legalRoleSubjectEnd(d, k))
		if subj < 1 {
			continue
		}
		starts := subjectList(d, subj, rb.participantEnding(in))
		for _, x := range in {
			if x.ent == e.ent || !rb.participant(x) {
				continue
			}
			named := !x.coref && slices.Contains(starts, x.tokStart) && !prepositionObject(d, x.tokStart)
			pron := x.coref && x.tokEnd == subj && x.tokEnd-x.tokStart == 1 && (low(d.Tokens[x.tokStart]) == "he" || low(d.Tokens[x.tokStart]) == "she")
			if named || pron {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}
