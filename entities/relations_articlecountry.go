package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A minister's office whose country neither the title nor the sentence
// names ("said Finance Minister X") and that the article's home country
// does not settle (no country named twice as often as any other) takes
// the country the article names most, when:
//
//   - that country is the dateline's ("OTTAWA - ... Prime Minister X"); an
//     article with no dateline must name no other country and name this
//     one as a state ("the Jamaican government"): a British story on
//     India names its own foreign secretary with no country at all;
//   - the title is a minister's, a secretary's, a chancellor's or a
//     premier's: a president or governor is too often another country's
//     or a company's;
//   - no sentence of the paragraph names another country as such: "X
//     told his Japanese counterpart" leaves whose minister X is open; a
//     country after a destination preposition ("said wheat would be
//     sold to the Soviet Union") is where something goes, no candidate,
//     in the paragraph as in the title's sentence;
//   - the person is not the one met, told, thanked or received ("talks
//     with Trade Minister X"), who is often the visitor's host.
//
// A party the person belongs to decides first: its country, when the
// article names it, is the minister's.

// confArticleCountry is the confidence of an office given the country
// the article names most.
const confArticleCountry = 0.35

// ministerNouns are the title nouns of the offices the rule reads.
var ministerNouns = map[string]bool{"minister": true, "secretary": true, "chancellor": true, "premier": true}

// objectVerbs before a title make its holder the one met or addressed.
var objectVerbs = map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true, "told": true, "tell": true,
	"tells": true, "with": true, "thanked": true, "received": true, "receive": true, "welcomed": true, "invited": true,
	"urged": true, "visited": true, "telephoned": true, "phoned": true, "called": true, "host": true, "hosted": true}

// ministerTitle reports whether a state office title is a minister's:
// its last word before any portfolio a minister noun, not a secretary-general's or an
// under-secretary's of some body.
func ministerTitle(title string) bool {
	title = strings.ToLower(title)
	// A portfolio after the noun: "minister of trade and industry".
	if i := strings.Index(title, " of "); i > 0 {
		title = title[:i]
	}
	f := strings.Fields(title)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return ministerNouns[last] && !strings.Contains(title, "general") && !strings.Contains(title, "under")
}

// articleCountry returns the country of pending office po from the
// article (see above), or -1.
func (rb *relBuilder) articleCountry(po pendingOffice) int {
	if !ministerTitle(po.title) || rb.objectOfAddress(po) || rb.ownedTitle(po) {
		return -1
	}
	if c := rb.partyCountry(po.p); c >= 0 {
		return c
	}
	count := rb.countryCounts()
	win, best, second := topTwo(count, len(rb.ex.Entities))
	if win < 0 || best == second {
		return -1
	}
	if c := datelineCountry(rb.gz, rb.place, rb.region); c != nil {
		if rb.ex.Entities[win].Entry != c {
			return -1 // "TOKYO - ... Foreign Minister X" in a story about the U.S.
		}
	} else if len(count) > 1 || !rb.stateCountry(win) {
		return -1
	}
	lo, hi := paragraphOf(rb.d, po.si)
	for si := lo; si < hi; si++ {
		s := rb.d.Sentences[si]
		for _, m := range rb.bySentence[si] {
			if m.ent != win && !m.coref && rb.ex.Entities[m.ent].Type == graph.Country &&
				rb.standaloneCountry(m, s) && !quotedAt(rb.d, s, m.tokStart) && !rb.destinationCountry(m) {
				return -1
			}
		}
	}
	return win
}

// stateCountry reports whether the article names country c as a state
// outside quotes: "the Jamaican government", "Norwegian officials".
func (rb *relBuilder) stateCountry(c int) bool {
	d := rb.d
	for si, in := range rb.bySentence {
		for _, m := range in {
			if m.ent != c || m.coref || quotedAt(d, d.Sentences[si], m.tokStart) {
				continue // a speaker's words name no state of theirs
			}
			if m.tokEnd < len(d.Tokens) && stateNouns[low(d.Tokens[m.tokEnd])] {
				return true
			}
		}
	}
	return false
}

// objectOfAddress reports whether the word before po's title, or before
// its "the", is an object verb or "with".
func (rb *relBuilder) objectOfAddress(po pendingOffice) bool {
	s := rb.d.Sentences[po.si]
	k := po.start - 1
	for k >= s.TokStart && (formerWords[low(rb.d.Tokens[k])] || low(rb.d.Tokens[k]) == "the") {
		k--
	}
	return k >= s.TokStart && objectVerbs[low(rb.d.Tokens[k])]
}

// ownedTitle reports whether a mention ends right before po's title: the
// body named there owns it ("U.S. Treasury Secretary", where the title
// read is the department's secretary).
func (rb *relBuilder) ownedTitle(po pendingOffice) bool {
	for _, m := range rb.bySentence[po.si] {
		if !m.coref && m.tokStart < po.start && po.start <= m.tokEnd && m.ent != po.p {
			return true
		}
	}
	return false
}

// partyCountry returns the named country of a party person p belongs to
// or holds a role in, when there is exactly one; -1 otherwise.
func (rb *relBuilder) partyCountry(p int) int {
	found := -1
	for k := range rb.rels {
		if k.a != p || k.k != graph.MemberOf && k.k != graph.HoldsRole && k.k != graph.Leads {
			continue
		}
		e := rb.ex.Entities[k.b]
		if e.Type != graph.Party {
			continue
		}
		ci := rb.namedCountryOf(e.Entry)
		switch {
		case ci < 0:
		case found >= 0 && found != ci:
			return -1
		default:
			found = ci
		}
	}
	return found
}

// paragraphOf returns the sentences [lo, hi) of the paragraph holding
// sentence si: the sentences between blank lines.
func paragraphOf(d *Document, si int) (lo, hi int) {
	lo, hi = si, si+1
	for lo > 0 && !strings.Contains(d.Text[d.Sentences[lo-1].End:d.Sentences[lo].Start], "\n\n") {
		lo--
	}
	for hi < len(d.Sentences) && !strings.Contains(d.Text[d.Sentences[hi-1].End:d.Sentences[hi].Start], "\n\n") {
		hi++
	}
	return lo, hi
}

// homeInSentence reports whether the only country po's sentence names is
// the article's home country, named as the sentence's setting: not where
// something goes or is aimed ("retaliate against Japan") and not the
// country of another title ("Dutch Finance Minister X welcomed President
// Y's decision"). A state office there is the home country's, as it is
// in a sentence that names no country.
func (rb *relBuilder) homeInSentence(po pendingOffice, home int) bool {
	d := rb.d
	if po.countries == nil {
		return false
	}
	for _, c := range po.countries {
		if c != home {
			return false
		}
	}
	for _, m := range rb.bySentence[po.si] {
		if m.ent != home || m.coref {
			continue
		}
		if rb.destinationCountry(m) || m.tokStart > po.start {
			return false
		}
		if r, ok := rb.roleFrom(m.tokEnd, d.Sentences[po.si].TokEnd); ok && officeNouns[r.noun] {
			return false
		}
	}
	return true
}

// governmentOfNouns before "of" and a title make it the title of the
// state's head: "the government of president X".
var governmentOfNouns = map[string]bool{"government": true, "administration": true, "cabinet": true, "regime": true}

// governmentTitle strips "<government noun> of" from the start of title
// r and reports whether it did: the rest is a state's office even in
// lower case ("the government of president X", "the administration of
// prime minister X").
func (rb *relBuilder) governmentTitle(r roleSpan) (roleSpan, bool) {
	d := rb.d
	if r.end-r.start < 3 || !governmentOfNouns[low(d.Tokens[r.start])] || low(d.Tokens[r.start+1]) != "of" {
		return r, false
	}
	r.start += 2
	return r, true
}

// destinationPrepositions before a country make it where something goes
// or comes from ("arms sales to Iran"), which says nothing of whose
// government the article is about.
var destinationPrepositions = map[string]bool{"to": true, "from": true, "into": true, "against": true, "toward": true, "towards": true}

// destinationCountry reports whether country mention m follows a
// destination preposition, with "the" allowed between.
func (rb *relBuilder) destinationCountry(m placed) bool {
	k := m.tokStart - 1
	if k >= 0 && low(rb.d.Tokens[k]) == "the" {
		k--
	}
	return k >= 0 && destinationPrepositions[low(rb.d.Tokens[k])]
}
