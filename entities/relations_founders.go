package entities

import "github.com/newsgraph/newsgraph/graph"

// Founders: "T, which was founded in 1875 by telephone pioneer P", "T,
// founded by P", "T was founded by P" and "P founded T" (read by worksFor
// with foundVerbs) make P a founder of T: affiliated with an organization,
// a member of a party.

// foundVerbs make their subject a founder of their object.
var foundVerbs = map[string]bool{"founded": true, "co-founded": true, "cofounded": true, "founds": true}

// maxFounderWords bounds the lower-case words of a founder's description
// between "by" and the name ("telephone pioneer").
const maxFounderWords = 3

// foundedBy reads "T(, which) (was) founded (in YEAR) by (<words>) P"
// before person p and adds the founder's relation; it reports whether it
// did.
func (rb *relBuilder) foundedBy(p placed, s Sentence, at map[int]placed, span graph.Span) bool {
	d := rb.d
	k := p.tokStart - 1
	for n := 0; n < maxFounderWords && k > s.TokStart && d.Tokens[k].Word() && !d.Tokens[k].Cap() && low(d.Tokens[k]) != "by"; n++ {
		k--
	}
	if k <= s.TokStart || low(d.Tokens[k]) != "by" {
		return false
	}
	k--
	if k-1 > s.TokStart && (low(d.Tokens[k-1]) == "in" || low(d.Tokens[k-1]) == "on") && isNumber(d.Tokens[k].Text) {
		k -= 2 // "in 1875"
	}
	if k <= s.TokStart || !foundVerbs[low(d.Tokens[k])] {
		return false
	}
	k--
	for k > s.TokStart {
		switch low(d.Tokens[k]) {
		case "was", "is", "been", "had", "has", "which", "that", ",":
			k--
			continue
		}
		break
	}
	for _, t := range at {
		if t.tokEnd != k+1 || t.coref {
			continue
		}
		switch rb.ex.Entities[t.ent].Type {
		case graph.Organization:
			rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confOfPattern, nil)
			return true
		case graph.Party:
			rb.add(p.ent, t.ent, graph.MemberOf, span, confOfPattern, nil)
			return true
		}
	}
	return false
}
