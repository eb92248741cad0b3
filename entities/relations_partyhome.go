package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// Titles that name their body only by a common noun ("party", "company")
// or by none are the article's party's or company's:
//
//	Shadow local government secretary P said      P member_of
//	... and party leader P is due to speak        P leads (the title's kind)
//	"... under [party leader] P."                 P leads
//	Local government spokesman P was speaking     P member_of, when the
//	as the party launched its campaign            sentence refers to the party
//	                                              after the title
//	..., company spokesman P said                 P affiliated_with (the
//	                                              title's kind)
//
// The article's party is the one it is about: the first party it names,
// named more often than any other (homeParty); its company is
// homeOrganization's (relations_homeorg.go). The title must stand on its
// own (nothing before it names a body: "Labour party leader P" is read
// where the party is named), and the person must belong to no other party
// (for a company title: have no other affiliation, nor the sentence name
// another organization). A shadow office is the opposition's, and the
// article's party may be the government's: a shadow or spokesman's title
// is given to it only when the sentence names or refers to it after the
// title (P speaks for it: "P said: 'this Liberal Democrat approach ...'"),
// names no other party, and names no other person of a party ("Labour
// chairman X described shadow chancellor P": P is X's opponent).

// confHomeParty is the confidence of a party title given the article's
// party.
const confHomeParty = 0.5

// pendingPartyTitle is a title before a person that names its body only
// by "party" or "company", or not at all, waiting for the article's party
// or company (resolvePartyTitles).
type pendingPartyTitle struct {
	pendingHead      // the person, the sentence, the title and its span
	shadow      bool // a shadow or front-bench office: member_of only
	spokes      bool // a spokesman's title: the sentence must refer to the party
	// company marks "company <title> P": the title is the article's
	// company's (homeOrganization), not its party's.
	company bool
}

// partyTitlesNamingNone records the titles of sentence si (mentions in)
// that name their party or company only by "party" or "company", or not
// at all.
func (rb *relBuilder) partyTitlesNamingNone(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	_, end := mentionEdges(in, false)
	for _, p := range in {
		if !rb.personRef(p) {
			continue
		}
		i := nameStart(d, p, s.TokStart)
		bracket := i-1 > s.TokStart && d.Tokens[i-1].Text == "]" // "under [party leader] P"
		if bracket {
			i--
		}
		r, ok := rb.roleBefore(i, s.TokStart, end)
		if !ok || r.end != i {
			continue
		}
		t := pendingPartyTitle{pendingHead: pendingHead{p: p.ent, si: si, r: r.roleSpan, span: sentenceSpan(s)}}
		if r.end-r.start > 1 && low(d.Tokens[r.start]) == "party" {
			r.start++ // "Party chairman P" opening a sentence
			t.r.start = r.start
		}
		b := r.start - 1 // the word before the title
		if b >= s.TokStart && partyShadowWords[low(d.Tokens[b])] {
			r.start, t.r.start = b, b // "Shadow local government secretary P"
			b--
		}
		_, named := end[b+1]
		switch {
		case b >= s.TokStart && low(d.Tokens[b]) == "party" && (b == s.TokStart || !d.Tokens[b].Cap()) && !named && r.ofTarget < 0:
			// "party leader P", "[party leader] P"; not "Tory party leader P".
			if bracket && d.Tokens[b-1].Text != "[" || !bracket && !rb.unowned(roleSpan{start: b, end: r.end}, s.TokStart) {
				continue
			}
		case b >= s.TokStart && companyWords[low(d.Tokens[b])] && !named && r.ofTarget < 0:
			// "company spokesman P": the article's company.
			if bracket || !rb.unowned(roleSpan{start: b, end: r.end}, s.TokStart) {
				continue
			}
			t.company = true
		case bracket || !rb.unowned(r.roleSpan, s.TokStart) || b >= s.TokStart && (isPartyNicknameWord(low(d.Tokens[b])) || sentenceFirstParty(d.Tokens[b].Text)):
			continue // "Tory Shadow Chancellor P" opening a sentence names its party
		case hasWord(d, r.start, r.end, partyShadowWords):
			t.shadow = true // "Shadow leader of the Commons P": the office may name its field
		case spokesNouns[r.noun] && r.ofTarget < 0:
			t.spokes = true
		default:
			continue
		}
		rb.pendingPartyTitles = append(rb.pendingPartyTitles, t)
	}
}

// companyWords stand for the article's company before a title.
var companyWords = map[string]bool{"company": true, "firm": true}

// partyShadowWords mark a title as a party's front-bench office.
var partyShadowWords = map[string]bool{"shadow": true, "frontbench": true}

// resolvePartyTitles gives each pending party title the article's party.
func (rb *relBuilder) resolvePartyTitles() {
	if len(rb.pendingPartyTitles) == 0 {
		return
	}
	home, firm := rb.homeParty(), rb.homeOrganization()
	for _, t := range rb.pendingPartyTitles {
		if t.company {
			if firm >= 0 && !rb.affiliated(t.p) && !rb.otherOrgIn(t.si, firm) {
				rb.emitRole(t.p, firm, -1, t.r, t.span, t.si, confHomeOrg)
			}
			continue
		}
		if home < 0 || rb.inParty(t.p, -1) {
			continue // a member of a named party
		}
		in := rb.bySentence[t.si]
		switch {
		case t.shadow || t.spokes:
			if !namedAfter(in, home, t.r.end) || rb.otherPartyIn(in, home) || rb.otherMemberIn(in, t.p) {
				continue
			}
			rb.add(t.p, home, graph.MemberOf, t.span, confHomeParty, nil)
		default:
			rb.emitRole(t.p, home, -1, t.r, t.span, t.si, confHomeParty)
		}
	}
}

// homeParty is the party an article is about: the first party it names,
// named at least twice and more often than any other; -1 if none.
func (rb *relBuilder) homeParty() int {
	count, first := map[int]int{}, -1
	for _, in := range rb.bySentence {
		for _, m := range in {
			if m.coref || rb.ex.Entities[m.ent].Type != graph.Party {
				continue
			}
			if first < 0 {
				first = m.ent
			}
			count[m.ent]++
		}
	}
	win, best, second := topTwo(count, len(rb.ex.Entities))
	if win != first || best < 2 || best == second {
		return -1
	}
	return win
}

// inParty reports whether person p belongs to, leads or holds a role in a
// party other than except (any party when except < 0).
func (rb *relBuilder) inParty(p, except int) bool {
	for k := range rb.rels {
		if k.a != p || k.b == except || rb.ex.Entities[k.b].Type != graph.Party {
			continue
		}
		switch k.k {
		case graph.MemberOf, graph.Leads, graph.HoldsRole:
			return true
		}
	}
	return false
}

// otherPartyIn reports whether mentions in name a party other than home.
func (rb *relBuilder) otherPartyIn(in []placed, home int) bool {
	for _, m := range in {
		if !m.coref && m.ent != home && rb.ex.Entities[m.ent].Type == graph.Party {
			return true
		}
	}
	return false
}

// otherMemberIn reports whether a person of mentions in other than p
// belongs to, leads or holds a role in a party.
func (rb *relBuilder) otherMemberIn(in []placed, p int) bool {
	for _, m := range in {
		if m.ent != p && rb.ex.Entities[m.ent].Type == graph.Person && rb.inParty(m.ent, -1) {
			return true
		}
	}
	return false
}

// namedAfter reports whether mentions in name or refer to entity e after
// token k.
func namedAfter(in []placed, e, k int) bool {
	for _, m := range in {
		if m.ent == e && m.tokStart >= k {
			return true
		}
	}
	return false
}
