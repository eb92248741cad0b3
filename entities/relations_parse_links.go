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
// person (linkedRoleNouns) in the bodies it hangs on them. A title with a
// body of its own keeps it ("executive vice president of A and president
// of its B"); one without shares its conjuncts' ("president and chief
// operating officer of T"). A title of one part of a body ("T's head of
// trade policy", "head of geology at T") is left to the cue rules, which
// read the part.
func (rb *relBuilder) parseRoleLinks(ps *parsedSentence, si int) {
	tr := ps.tr
	for mi, m := range ps.in {
		h := ps.head[mi]
		if h < 0 || !rb.personRef(m) {
			continue
		}
		own := map[int][]int{} // role noun → the bodies hung on it
		var rs, shared []int
		for _, r := range linkedRoleNouns(tr, h) {
			if !isRoleNoun(lemmaOf(tr, r)) || negated(tr, r) || ps.mentionAt(r) >= 0 || rb.partTitle(ps, r) ||
				rb.nameBetween(ps, mi, h, r) { // "A, B, and C, director of T": C's title (relations_listitems.go)
				continue
			}
			rs = append(rs, r)
			for _, t := range roleBodyTokens(tr, []int{r}) {
				if ti := ps.mentionAt(t); ti >= 0 && ps.in[ti].ent != m.ent && roleHolderType(rb.ex.Entities[ps.in[ti].ent].Type) {
					own[r] = append(own[r], ti)
					shared = append(shared, ti)
				}
			}
		}
		byBody := map[int][]int{} // body mention → its role nouns
		var order []int
		for _, r := range rs {
			bodies := own[r]
			if len(bodies) == 0 {
				bodies = shared
			}
			for _, ti := range bodies {
				if _, seen := byBody[ti]; !seen {
					order = append(order, ti)
				}
				if !slices.Contains(byBody[ti], r) {
					byBody[ti] = append(byBody[ti], r)
				}
			}
		}
		for _, ti := range order {
			rb.emitLinkedRoles(m.ent, ps, ti, byBody[ti], si)
		}
	}
}

// roleHolderType reports whether an entity of type t may hold offices.
func roleHolderType(t graph.Type) bool {
	return t == graph.Country || t == graph.Organization || t == graph.Party
}

// partTitle reports whether role noun r names one part of its body: an
// "of|for|at|with" complement that is no mention ("head of trade policy"),
// or an "of" complement beside a body that owns the title.
func (rb *relBuilder) partTitle(ps *parsedSentence, r int) bool {
	poss, of := false, false
	for _, c := range ps.tr.Children(r) {
		switch {
		case ps.tr.Tokens[c].Deprel == "nmod:poss":
			ci := ps.mentionAt(c)
			poss = poss || ci >= 0 && roleHolderType(rb.ex.Entities[ps.in[ci].ent].Type)
		case ps.tr.Tokens[c].Deprel == "nmod" && bodyPrepositions[caseOf(ps.tr, c)]:
			if ps.mentionAt(c) < 0 {
				return true
			}
			of = of || caseOf(ps.tr, c) == "of"
		}
	}
	return poss && of // "T's head of Trade Policy", whatever the part's name is taken for
}

// emitLinkedRoles adds the offices of role nouns rs of person p in body
// mention ti; when one of them heads the body, the others add no lesser
// kind.
func (rb *relBuilder) emitLinkedRoles(p int, ps *parsedSentence, ti int, rs []int, si int) {
	t := ps.in[ti]
	tt := rb.ex.Entities[t.ent].Type
	var spans []roleSpan
	head := false
	for _, r := range rs {
		if rspan, ok := rb.treeRoleSpan(ps.tr, r, ps.in); ok {
			spans = append(spans, rspan)
			head = head || slices.Contains(rb.roleRelationKinds(rspan, tt, false), graph.Leads)
		}
	}
	if head && qualifiesPanel(rb.d, t.tokEnd, rb.d.Sentences[si].TokEnd) {
		return // "chairman of the Commons public accounts committee" heads the panel, not the Commons
	}
	for _, rspan := range spans {
		if !head || slices.Contains(rb.roleRelationKinds(rspan, tt, false), graph.Leads) {
			rb.emitRole(p, t.ent, t.tokStart, rspan, ps.span, si, confParseRole)
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
