package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// boughtSides links the buyer and the bought body to a takeover that a
// buying verb states (boughtCompanies, events_deal_bought.go): the named
// subject, or each name of a subject list, before the verb ("X agreed
// to buy Y", "X said it acquired Y", "X and Y bought Z") and the
// organization its object names; for a sale, the buyer after "to" too
// ("X sold Y to Z").
func (rb *relBuilder) boughtSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokStart < 1 {
			continue
		}
		if rb.passiveSides(e, in, span) { // events_deal_passive.go
			continue
		}
		subj := buyingSubjectAt(d, e.tokStart)
		if subj < 0 || !buyVerbSpan(d, e.tokStart, e.tokEnd) {
			continue
		}
		obj := objectNameStart(d, e.tokEnd)
		starts := subjectList(d, subj, rb.participantEnding(in))
		buyer := -1 // "X sold Y to Z", "X sold its Y unit to Z": Z
		sale := buyNominals[low(d.Tokens[e.tokStart])] == "sale"
		for _, x := range in {
			if x.tokStart == obj && !x.coref && sale {
				buyer = saleBuyerAt(d, x.tokEnd)
			}
		}
		if sale && buyer < 0 {
			buyer = soldUnitBuyerPlaced(d, in, e.tokEnd)
		}
		for _, x := range in {
			if x.coref || x.ent == e.ent || !rb.participant(x) {
				continue
			}
			if x.tokStart == obj || x.tokStart == buyer || slices.Contains(starts, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// saleBuyerAt returns the first token of the buyer's name after the
// sold body's name ending at token k ("... Y to Z", "... <Y> to the Z
// Company"), or -1.
func saleBuyerAt(d *Document, k int) int {
	if k < len(d.Tokens) && d.Tokens[k].Text == ">" {
		k++
	}
	if k+1 >= len(d.Tokens) || low(d.Tokens[k]) != "to" || d.Tokens[k].Break {
		return -1
	}
	k++
	if low(d.Tokens[k]) == "the" || d.Tokens[k].Text == "<" {
		k++
	}
	return countryDescribedStart(d, k) // "to US firm Y": Y, not the US (events_deal_described.go)
}

// buyVerbSpan reports whether tokens [i, e) are exactly a buying verb's
// words ("acquired", "took over").
func buyVerbSpan(d *Document, i, e int) bool {
	n, words := buyVerbAt(d, i)
	return n != "" && e-i == len(words)
}

// soldUnitBuyerPlaced is soldUnitBuyer over the placed mentions of a
// sentence.
func soldUnitBuyerPlaced(d *Document, in []placed, k int) int {
	var ms []Mention
	for _, x := range in {
		if !x.coref {
			ms = append(ms, Mention{TokStart: x.tokStart, TokEnd: x.tokEnd})
		}
	}
	b := -1
	for e := k + 2; e < len(d.Tokens) && e <= k+6 && !d.Tokens[e-1].Break; e++ {
		if soldUnitHeads[low(d.Tokens[e-1])] {
			b = saleBuyerAt(d, e)
			break
		}
	}
	if k >= len(d.Tokens) || low(d.Tokens[k]) != "its" && low(d.Tokens[k]) != "their" || mentionAt(ms, b) == nil {
		return -1
	}
	return b
}

// passiveSides links the subject and the agent of a passive takeover,
// sale or lawsuit e ("Y was acquired by X") and reports whether e is one.
func (rb *relBuilder) passiveSides(e placed, in []placed, span graph.Span) bool {
	d := rb.d
	n, words := buyVerbAt(d, e.tokStart)
	a := passiveSubjectEnd(d, e.tokStart)
	if n == "" || e.tokEnd-e.tokStart != len(words) || a < 1 {
		return false
	}
	agent := passiveAgentAt(d, e.tokEnd, n == "sale")
	for _, x := range in {
		if !x.coref && x.ent != e.ent && rb.participant(x) && (x.tokEnd == a || x.tokStart == agent) {
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
		}
	}
	return true
}
