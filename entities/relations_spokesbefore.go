package entities

import "github.com/newsgraph/newsgraph/graph"

// A spokesman named with a bare title in a sentence that names no body
// (outside a quote) speaks for the organization a sentence just before opens with:
//
//	The Acme Coalition hailed the decision. ... "It is a start," said
//	spokesman X.                                → X affiliated_with Acme Coalition
//	A spokesman for the Y Office said ... . ... spokesman X said.
//
// speakerTitles reads the same when the organization opens the speaker's
// own sentence. Only the spokesman's title counts (a bare "chairman X"
// may be anyone's), the sentences looked back over are few, the nearest
// that opens with an organization decides, and a person the article
// affiliates with any body otherwise keeps that.

// spokesLookBack is how many sentences before the spokesman's the body
// may open.
const spokesLookBack = 3

// confSpokesBefore is the confidence of a spokesman's body read from an
// earlier sentence.
const confSpokesBefore = 0.45

// pendingSpokes is a bare-titled spokesman and the body an earlier
// sentence opens with, waiting for the article's other affiliations.
type pendingSpokes struct {
	p, body int
	span    graph.Span
}

// spokesFromBefore records the bare-titled spokesmen of sentence si whose
// body an earlier sentence opens with.
func (rb *relBuilder) spokesFromBefore(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	for _, m := range in {
		if t := rb.ex.Entities[m.ent].Type; (t == graph.Organization || t == graph.Party) && !quotedAt(d, s, m.tokStart) {
			return // the sentence names a body: its own rules read it
		}
	}
	end := map[int]placed{}
	for _, m := range in {
		if m.tokStart < m.tokEnd {
			end[m.tokEnd] = m
		}
	}
	for _, p := range in {
		if p.coref || rb.ex.Entities[p.ent].Type != graph.Person {
			continue
		}
		r, ok := rb.roleBefore(nameStart(d, p, s.TokStart), s.TokStart, end)
		if !ok || !spokesNouns[r.noun] || r.ofTarget >= 0 || !rb.unowned(r.roleSpan, s.TokStart) || !bareSpokes(d, r.roleSpan, s.TokStart) {
			continue
		}
		if p.tokEnd < s.TokEnd && bodyPrepositions[low(d.Tokens[p.tokEnd])] {
			continue // "spokesman X of Y": the body follows
		}
		if b, ok := rb.bodyOpeningBefore(si); ok {
			rb.spokes = append(rb.spokes, pendingSpokes{p: p.ent, body: b, span: sentenceSpan(s)})
		}
	}
}

// bodyOpeningBefore returns the organization the nearest of the few
// sentences before si opens with: "<T> said", "The <T> hailed", "A
// spokesman for (the) <T> said".
func (rb *relBuilder) bodyOpeningBefore(si int) (int, bool) {
	d := rb.d
	for j := si - 1; j >= 0 && j >= si-spokesLookBack; j-- {
		s, in := d.Sentences[j], rb.bySentence[j]
		k := s.TokStart
		if k+3 < s.TokEnd && determiners[low(d.Tokens[k])] && spokesNouns[low(d.Tokens[k+1])] && low(d.Tokens[k+2]) == "for" {
			k += 3 // "A spokesman for the T said"
		}
		if k < s.TokEnd && low(d.Tokens[k]) == "the" {
			k++
		}
		if b, ok := rb.organizationAt(in, k); ok {
			return b, true
		}
	}
	return 0, false
}

// organizationAt returns the organization (not a party or a group) whose
// name starts at token k among mentions in; a country's demonym may start
// there too ("Canadian" of "the Canadian Coalition on Acid Rain").
func (rb *relBuilder) organizationAt(in []placed, k int) (int, bool) {
	for _, m := range in {
		e := rb.ex.Entities[m.ent]
		if m.tokStart == k && !m.coref && e.Type == graph.Organization && !e.IsGroup() && !partyLike(e.Name) {
			return m.ent, true
		}
	}
	return 0, false
}

// resolveSpokes gives each pending spokesman the body found before, unless
// the article affiliates the person with an organization or a party.
func (rb *relBuilder) resolveSpokes() {
	for _, sp := range rb.spokes {
		if rb.bodyAffiliated(sp.p) {
			continue
		}
		rb.add(sp.p, sp.body, graph.AffiliatedWith, sp.span, confSpokesBefore, nil)
	}
}

// bodyAffiliated reports whether person p has a role in, leads, belongs
// to or works for an organization or a party (a country's office does
// not count: a bare "spokesman X" may have been read as one).
func (rb *relBuilder) bodyAffiliated(p int) bool {
	for k := range rb.rels {
		if k.a != p {
			continue
		}
		switch k.k {
		case graph.HoldsRole, graph.Leads, graph.MemberOf, affiliatedWith:
			if t := rb.ex.Entities[k.b].Type; t == graph.Organization || t == graph.Party {
				return true
			}
		}
	}
	return false
}

// bareSpokes reports whether title r is a spokesman's and nothing more
// than "chief" qualifies it: "government spokesman X" and "company
// spokeswoman X" say whose spokesman X is. Before the title stands only
// punctuation, a determiner or a reporting verb ("said spokesman X").
func bareSpokes(d *Document, r roleSpan, sentStart int) bool {
	for k := r.start; k < r.end; k++ {
		if l := low(d.Tokens[k]); !spokesNouns[l] && l != "chief" {
			return false
		}
	}
	if b := r.start - 1; b >= sentStart && d.Tokens[b].Word() {
		l := low(d.Tokens[b])
		return determiners[l] || reportingVerbs[l]
	}
	return true
}
