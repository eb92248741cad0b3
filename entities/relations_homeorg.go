package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// A company head named with a bare title ("said chief executive X", "new
// boss X", "Chairman X told reporters") heads the company the article is
// about, when there is one: an organization named at least three times
// and at least twice as often as any other. The title must be a company
// head's and nothing else (no party, state or unknown body in it), and
// the person must get no affiliation anywhere else in the article: a
// title that names its body, in this sentence or another, wins. A title
// after "the company's" ("the carmaker's chief executive X", "the bank's
// chief economist X") describes the article's company even when another
// body stands in the sentence, and may be any role.

// confHomeOrg is the confidence of a head given the article's company.
const confHomeOrg = 0.4

// bareHeadWords may make up a bare company head title.
var bareHeadWords = map[string]bool{"chief": true, "executive": true, "chairman": true, "chairwoman": true,
	"boss": true, "ceo": true, "managing": true, "director": true, "former": true, "new": true, "outgoing": true}

// pendingHead is a bare company head title before person p.
type pendingHead struct {
	p, si int
	r     roleSpan
	span  graph.Span
	desc  bool // the title follows "the company's": any role, and another body in the sentence does not stop it
}

// bareHeads records the bare company head titles of one sentence for
// resolveHeads.
func (rb *relBuilder) bareHeads(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	_, end := mentionEdges(in, false)
	for _, p := range in {
		if !rb.personRef(p) {
			continue
		}
		r, ok := rb.roleBefore(p.tokStart, s.TokStart, end)
		if !ok || r.ofTarget >= 0 {
			continue
		}
		desc := companyDescription(d, r.start, s.TokStart)
		if !desc && !rb.bareHeadTitle(r.roleSpan, s.TokStart) {
			continue
		}
		if p.tokEnd < s.TokEnd && low(d.Tokens[p.tokEnd]) == "of" {
			continue // "chief executive X of Y": the body follows
		}
		rb.pendingHeads = append(rb.pendingHeads, pendingHead{p: p.ent, si: si, r: r.roleSpan,
			span: sentenceSpan(s), desc: desc})
	}
}

// bareHeadTitle reports whether r is a company head title of bare words
// standing on its own: no name, possessive or capitalised modifier right
// before it ("Acme's chairman", "Ifo chairman" name their body).
func (rb *relBuilder) bareHeadTitle(r roleSpan, sentStart int) bool {
	d := rb.d
	for k := r.start; k < r.end; k++ {
		if !bareHeadWords[low(d.Tokens[k])] {
			return false
		}
	}
	if kinds := rb.roleRelationKinds(r, graph.Organization, false); len(kinds) != 1 || kinds[0] != graph.Leads {
		return false
	}
	if r.noun == "director" && !hasWord(d, r.start, r.end, map[string]bool{"managing": true}) {
		return false // a bare "director" sits on the board
	}
	return rb.unowned(r, sentStart)
}

// unowned reports whether nothing before title r names its body: only a
// lower-case word or a clause's punctuation may stand before it, as a
// name, a possessive or a ticker ("Heinz <HNZ.N> chairman") owns the
// title.
func (rb *relBuilder) unowned(r roleSpan, sentStart int) bool {
	if b := r.start - 1; b >= sentStart {
		t := rb.d.Tokens[b]
		switch {
		case t.Word() && !t.Cap(), b == sentStart && t.Word():
		case t.Text == "," || t.Text == "\"" || t.Text == "“" || t.Text == "”" || t.Text == "(" || t.Text == ":":
		default:
			return false
		}
	}
	return true
}

// resolveHeads gives each pending bare head the article's company, unless
// the person is affiliated with some body already.
func (rb *relBuilder) resolveHeads() {
	if len(rb.pendingHeads) == 0 {
		return
	}
	home := rb.homeOrganization()
	if home < 0 {
		return
	}
	for _, h := range rb.pendingHeads {
		if rb.affiliated(h.p) || !h.desc && rb.headOwnedElsewhere(h, home) {
			continue
		}
		rb.emitRole(h.p, home, -1, h.r, h.span, h.si, confHomeOrg)
	}
}

// affiliated reports whether person p has a role in, leads, belongs to or
// works for any body.
func (rb *relBuilder) affiliated(p int) bool {
	for k := range rb.rels {
		if k.a != p {
			continue
		}
		switch k.k {
		case graph.HoldsRole, graph.Leads, graph.MemberOf, affiliatedWith:
			return true
		}
	}
	return false
}

// homeOrganization is the company an article is about: an organization
// (not a party or group) named at least three times and at least twice as
// often as any other organization; -1 if none.
func (rb *relBuilder) homeOrganization() int {
	count := map[int]int{}
	for _, in := range rb.bySentence {
		for _, m := range in {
			e := rb.ex.Entities[m.ent]
			if e.Type == graph.Organization && !m.coref && !e.IsGroup() && !partyLike(e.Name) {
				count[m.ent]++
			}
		}
	}
	return clearWinner(count, len(rb.ex.Entities), 3)
}

// otherOrgIn reports whether sentence si names an organization other than
// home: the title may be that one's ("Societe Generale ..., Chairman X
// said").
func (rb *relBuilder) otherOrgIn(si, home int) bool {
	for _, m := range rb.bySentence[si] {
		if m.ent != home && !m.coref && rb.ex.Entities[m.ent].Type == graph.Organization {
			return true
		}
	}
	return false
}

// companyDescription reports whether the title starting at token i
// follows "the <company noun>'s": "the carmaker's chief executive".
func companyDescription(d *Document, i, sentStart int) bool {
	return i-3 >= sentStart && possessiveAt(d, i-1) && companyNouns[low(d.Tokens[i-2])] && low(d.Tokens[i-3]) == "the"
}
