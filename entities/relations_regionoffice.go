package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"

	"github.com/newsgraph/newsgraph/graph"
)

// Some offices open with a capitalised ordinal: "First Minister", "First
// Secretary", "First Deputy Prime Minister". The ordinal is part of the
// title, kept whole: "Scottish First Minister X" holds the office of
// First Minister, not of a minister.

// ordinalTitleAt reports whether token k is the capitalised "First" of
// such a title: a capitalised role word follows it, before token hi.
func ordinalTitleAt(d *Document, k, hi int) bool {
	if k+1 >= hi || d.Tokens[k].Text != "First" {
		return false
	}
	n := d.Tokens[k+1]
	return n.Word() && n.Cap() && isRelRoleWord(low(n))
}

// An executive office whose own modifier is a country's first-level
// region is an office of the region, not of the country: "Scottish First
// Minister X", "Texas Governor X", "Quebec mines minister X", "Bavaria's
// Premier X" hold a role of Scotland, Texas, Quebec, Bavaria. The country
// the region lies in, or the one the article is about, holds no such
// office: the title is never handed to resolveOffices. Only the region's
// government's nouns count (regionOfficeNouns): a "Texas senator" sits
// in the country's senate, and a "Delta spokesman" speaks for a company
// named like a region. A British portfolio named after a nation of the
// United Kingdom ("Wales Secretary", "Northern Ireland Minister") is the
// United Kingdom's; its devolved ministers take the adjective ("Welsh
// Health Minister").

// regionOfficeNouns are the nouns of a region's own executive offices.
var regionOfficeNouns = map[string]bool{"governor": true, "premier": true, "minister": true}

// regionOffice reads a state office title r before person p whose
// modifier (the mention ending at r.start, or before its "'s") is a
// region, and adds holds_role to the region with the whole title. It
// reports whether it did.
func (rb *relBuilder) regionOffice(p placed, r roleSpan, sentStart int, end map[int]placed, span graph.Span) bool {
	k := r.start
	if k-1 > sentStart && possessiveAt(rb.d, k-1) {
		k-- // "Bavaria's Premier X"
	}
	t, ok := end[k]
	return ok && rb.addRegionOffice(p, t, r, r.former || formerBefore(rb.d, t.tokStart, sentStart), span)
}

// regionOfficeAfter reads the same title in an apposition or copula
// after person p, its region at token i (after the comma, an article and
// "former", read by roleAfter): "X, Scotland's First Minister, said",
// "X, the former Quebec premier,". A title followed by a name of its own
// is the next item of a list; one followed by "of" or "for" names
// another body.
func (rb *relBuilder) regionOfficeAfter(p placed, i int, s Sentence, at map[int]placed, former bool) bool {
	t, ok := at[i]
	if !ok {
		return false
	}
	k := t.tokEnd
	if k < s.TokEnd && possessiveAt(rb.d, k) {
		k++
	}
	r, ok := rb.roleFrom(k, s.TokEnd)
	if !ok || r.start != k || r.end >= s.TokEnd || bodyPrepositions[low(rb.d.Tokens[r.end])] || titleOwnsName(rb.d, r.end, s.TokEnd) {
		return false
	}
	return rb.addRegionOffice(p, t, r, former, sentenceSpan(s))
}

// addRegionOffice adds holds_role of person p in the region of mention
// t with title r, when t is a region and r one of its executive offices.
func (rb *relBuilder) addRegionOffice(p, t placed, r roleSpan, former bool, span graph.Span) bool {
	if !regionOfficeNouns[r.noun] || t.coref {
		return false
	}
	e := rb.ex.Entities[t.ent]
	if e.Type != graph.Place || e.Entry == nil || !isRegion(e.Entry) {
		return false
	}
	if r.noun == "minister" && e.Entry.Country == "GB" && strings.EqualFold(rb.mentionText(t), e.Name) &&
		r.start == t.tokEnd && rb.d.Tokens[r.start].Text != "First" {
		return false // "Northern Ireland Minister X": a British portfolio; not "Scotland's First Minister"
	}
	title, f := rb.roleTitle(r)
	if title == "" {
		return false
	}
	attrs := map[string]string{"role": title}
	if former || f {
		attrs["former"] = "true"
	}
	rb.add(p.ent, t.ent, graph.HoldsRole, span, confAdjacent, attrs)
	return true
}

// isRegion reports whether gazetteer entry e is a country's first-level
// region (a state, province, nation of the United Kingdom), whose offices
// are its own or, in "Chief Minister of <region>", its country's; a
// city's ("the Mayor of London") are neither.
func isRegion(e *gazetteer.Entry) bool { return strings.HasPrefix(e.ID, "region:") }

// cityOffice reports whether the place t of a title's "of T" is a city
// or town, not a region: "the Mayor of London, X" holds the city's
// office, not the country's. A legislator "for" a town sits for it in
// the country's parliament ("MP for Leeds"), and "Chief Minister of
// <region>" is an office in the region's country.
func (rb *relBuilder) cityOffice(t placed, e *gazetteer.Entry) bool {
	k := t.tokStart - 1
	if k >= 0 && low(rb.d.Tokens[k]) == "the" {
		k--
	}
	return k >= 0 && low(rb.d.Tokens[k]) == "of" && !isRegion(e)
}

// mentionText is the text of mention m's tokens, words joined by a space.
func (rb *relBuilder) mentionText(m placed) string {
	var b strings.Builder
	for k := m.tokStart; k < m.tokEnd; k++ {
		if k > m.tokStart {
			b.WriteByte(' ')
		}
		b.WriteString(rb.d.Tokens[k].Text)
	}
	return b.String()
}
