package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// Role titles linked to a person by the parse, with P a person, R a role
// noun and T the body the parse hangs on R (any conjunct of R): "of|at|
// for|with T", "T's R", or a body's name compounded with R.
//
//	apposition      P, R (and R2) of T       "X, president and chief operating
//	                                          officer of T"
//	                T's R (and R2), P         "T's director general, X"
//	copula          P has been R of T; T's R is P
//
// The cue rules read the same shapes word by word and stop early at a
// coordinated title or an auxiliary; the parse reads them whatever the
// words between. Every conjunct of R holds its own office in T (emitRole
// decides each one's kind). The person's name is its head token climbed
// over name parts ("Dr" before it, "flat" after it).

// linkedRoleNouns returns the nouns the parse links to person token h as
// its titles: the appositions of h, the predicate noun of a copula whose
// subject h is ("P has been R"), and the subject of a copula whose
// predicate h is ("T's new chairman is P"); each with its conjuncts.
func linkedRoleNouns(tr *syntax.Tree, h int) []int {
	var out []int
	add := func(j int) {
		for _, k := range append([]int{j}, tr.Conjuncts(j)...) {
			if k != h && tr.Tokens[k].UPOS == "NOUN" && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	for _, a := range tr.Appositions(h) {
		add(a)
	}
	v := tr.Tokens[h].Head
	if v >= 0 && tr.Tokens[h].Deprel == "nsubj" && hasChild(tr, v, "cop", nil) {
		add(v)
	}
	// "Mr X, president of T" misread as a compound of the title: a comma
	// between the name and the noun it hangs on makes them apposed. And
	// "T's president, Mr X," misread as a list: a conjunct without a
	// conjunction after a comma.
	if v >= 0 && commaBetween(tr, h, v) {
		switch r := tr.Tokens[h].Deprel; {
		case v > h && (nameParts[r] || r == "nmod:poss"):
			add(v)
		case v < h && r == "conj" && !hasChild(tr, h, "cc", nil):
			add(v)
		}
	}
	if hasChild(tr, h, "cop", nil) {
		for _, c := range tr.Children(h) {
			if tr.Tokens[c].Deprel == "nsubj" {
				add(c)
			}
		}
	}
	return out
}

// roleBodyTokens returns the tokens the parse hangs on the role nouns rs
// as their body: "of|at|for|with T" and "T's".
func roleBodyTokens(tr *syntax.Tree, rs []int) []int {
	var out []int
	for _, r := range rs {
		for _, c := range tr.Children(r) {
			switch {
			case tr.Tokens[c].Deprel == "nmod:poss":
			case tr.Tokens[c].Deprel == "nmod" && bodyPrepositions[caseOf(tr, c)]:
			default:
				continue
			}
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// parseRoleLinks adds the offices of the titles the parse links to a
// person (linkedRoleNouns) in the bodies it hangs on them.
func (rb *relBuilder) parseRoleLinks(ps *parsedSentence, si int) {
	tr := ps.tr
	for mi, m := range ps.in {
		h := ps.head[mi]
		if h < 0 || m.coref || rb.ex.Entities[m.ent].Type != graph.Person {
			continue
		}
		var rs []int
		for _, r := range linkedRoleNouns(tr, h) {
			if isRoleNoun(lemmaOf(tr, r)) && !negated(tr, r) && ps.mentionAt(r) < 0 {
				rs = append(rs, r)
			}
		}
		for _, t := range roleBodyTokens(tr, rs) {
			ti := ps.mentionAt(t)
			if ti < 0 || ps.in[ti].ent == m.ent {
				continue
			}
			switch rb.ex.Entities[ps.in[ti].ent].Type {
			case graph.Country, graph.Organization, graph.Party:
			default:
				continue
			}
			tt := rb.ex.Entities[ps.in[ti].ent].Type
			var spans []roleSpan
			head := false // a conjunct heads T: the others add no lesser kind
			for _, r := range rs {
				if rspan, ok := rb.treeRoleSpan(tr, r, ps.in); ok {
					spans = append(spans, rspan)
					head = head || slices.Contains(rb.roleRelationKinds(rspan, tt, false), graph.Leads)
				}
			}
			for _, rspan := range spans {
				if !head || slices.Contains(rb.roleRelationKinds(rspan, tt, false), graph.Leads) {
					rb.emitRole(m.ent, ps.in[ti].ent, ps.in[ti].tokStart, rspan, ps.span, si, confParseRole)
				}
			}
		}
	}
}

// roleLinkAround reports whether the words around person mention m may
// link it to a title parseRoleLinks reads: a role noun and a comma right
// before it ("T's director general, P"), a copula before it after a role
// noun ("T's new chairman is P"), or "has|had been" after it.
func (rb *relBuilder) roleLinkAround(m placed, s Sentence) bool {
	d := rb.d
	k := nameStart(d, m, s.TokStart)
	if k-2 >= s.TokStart && (d.Tokens[k-1].Text == "," || copulas[low(d.Tokens[k-1])]) &&
		isRoleNoun(low(d.Tokens[k-2])) {
		return true
	}
	k = m.tokEnd
	return k+1 < s.TokEnd && (low(d.Tokens[k]) == "has" || low(d.Tokens[k]) == "had") && low(d.Tokens[k+1]) == "been"
}

// commaBetween reports whether a comma stands between tokens i and j.
func commaBetween(tr *syntax.Tree, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if tr.Tokens[k].Form == "," {
			return true
		}
	}
	return false
}
