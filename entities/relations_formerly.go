package entities

import "github.com/newsgraph/newsgraph/graph"

// formerlyOf reads "formerly of T" and "formerly with T" at token i after
// person p: a past affiliation with organization T. It reports whether it
// added one.
func (rb *relBuilder) formerlyOf(p placed, i int, s Sentence, at map[int]placed) bool {
	d := rb.d
	if i+1 >= s.TokEnd || low(d.Tokens[i]) != "formerly" || !bodyPrepositions[low(d.Tokens[i+1])] {
		return false
	}
	k := i + 2
	if k < s.TokEnd && low(d.Tokens[k]) == "the" {
		k++
	}
	t, ok := at[k]
	if !ok || rb.ex.Entities[t.ent].Type != graph.Organization {
		return false
	}
	rb.add(p.ent, t.ent, graph.AffiliatedWith, sentenceSpan(s), confOfPattern, map[string]string{"former": "true"})
	return true
}
