package entities

import "github.com/newsgraph/newsgraph/graph"

// A state office the article gives by description only, the holder
// named elsewhere and found by coreference (coref_titles.go):
//
//	Britain's rebate is not up for talks, Jack Doe said. The foreign
//	secretary told MPs ...
//
// The description "the <portfolio> <office>" ("the foreign secretary",
// "the prime minister", "the finance minister"), or "the chancellor" or
// "the premier" alone, makes its referent hold that office of a country:
// when the article names no other person before it (coreference has
// no choice to make) and gives no other person that title, the one the person holds an office of elsewhere, the one its sentence
// names as such, or the country the article is plainly about
// (resolveOffices with described set), never one guessed from a
// dateline or a host. A bare "the president" or "the secretary" is as
// often a company's and gives nothing.

// describedOfficeNouns may stand alone in such a description.
var describedOfficeNouns = map[string]bool{"chancellor": true, "premier": true}

// describedOffice reports whether office title r, pended for person p
// in sentence si (mentions in), is a role description that coreference
// resolved: "the <title>" before a reference of p that covers no token
// (coref.go reads the description as "<title> X").
func (rb *relBuilder) describedOffice(p int, r roleSpan, in []placed) bool {
	d := rb.d
	if r.start < 1 || low(d.Tokens[r.start-1]) != "the" || !officeNouns[r.noun] || rb.partyOfficeWords(r) {
		return false
	}
	if r.end-r.start < 2 && !describedOfficeNouns[r.noun] {
		return false
	}
	for _, m := range in {
		if m.ent == p && m.coref && m.tokStart == r.end && m.tokEnd == m.tokStart {
			return rb.onlyPersonBefore(p, r.start) && !rb.titledElsewhere(p, r)
		}
	}
	return false
}

// onlyPersonBefore reports whether p is the one person the article names
// before token k: coreference then has no one else to choose, where with
// several people it guesses by nearness and the office would follow the
// guess.
func (rb *relBuilder) onlyPersonBefore(p, k int) bool {
	named := false
	for _, in := range rb.bySentence {
		for _, m := range in {
			if m.tokStart >= k {
				return named
			}
			if m.coref || rb.ex.Entities[m.ent].Type != graph.Person {
				continue
			}
			if m.ent != p {
				return false
			}
			named = true
		}
	}
	return named
}

// partyOfficeWords reports whether title r is a party's or a junior's
// ("the shadow chancellor", "the deputy minister"), not a state office of
// its own.
func (rb *relBuilder) partyOfficeWords(r roleSpan) bool {
	for k := r.start; k < r.end; k++ {
		l := low(rb.d.Tokens[k])
		if partyShadowWords[l] || roleKinds[l] == "junior" || formerWords[l] || rankWords[l] {
			return true
		}
	}
	return false
}

// titledElsewhere reports whether the article writes title r right before
// the name of a person other than p ("Home Secretary Charles Clarke"
// later on): the description is that person's, whom coreference could
// not yet see.
func (rb *relBuilder) titledElsewhere(p int, r roleSpan) bool {
	d := rb.d
	n := r.end - r.start
	for _, in := range rb.bySentence {
		for _, q := range in {
			if q.coref || q.ent == p || q.tokStart < n || rb.ex.Entities[q.ent].Type != graph.Person {
				continue
			}
			same := true
			for i := 0; i < n && same; i++ {
				same = low(d.Tokens[q.tokStart-n+i]) == low(d.Tokens[r.start+i])
			}
			if same {
				return true
			}
		}
	}
	return false
}
