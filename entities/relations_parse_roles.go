package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// Role phrases the cue rules' word windows miss, read from the parse with
// P a person, R a role noun and T the body "of|at|for|with T" names:
//
//	P replaced Q as R of T     P holds R (Q held it: former)
//	P was appointed (as) R of T, P joined as R of T
//	P, who is (also) R of T
//
// The role title is R with its modifiers ("chief executive"), and the
// kind is decided as for the cue rules (emitRole).

// confParseRole is the confidence of a role read from the parse.
const confParseRole = 0.75

// succeedVerbs take over a role from their object, who held it before.
var succeedVerbs = map[string]bool{"replace": true, "succeed": true}

// roleNounFor is a role noun a parse links to a person, and whether the
// person held it before.
type roleNounFor struct {
	r      int
	former bool
}

// parseRoles adds the roles of the role phrases above.
func (rb *relBuilder) parseRoles(ps *parsedSentence, si int) {
	tr := ps.tr
	for mi, m := range ps.in {
		h := ps.head[mi]
		if h < 0 || rb.ex.Entities[m.ent].Type != graph.Person {
			continue
		}
		for _, rf := range roleNounsOf(tr, h) {
			if !isRoleNoun(lemmaOf(tr, rf.r)) || negated(tr, rf.r) {
				continue
			}
			for _, t := range tr.Children(rf.r) {
				ti := ps.mentionAt(t)
				if ti < 0 || rel(tr, t) != "nmod" || !bodyPrepositions[caseOf(tr, t)] {
					continue
				}
				switch rb.ex.Entities[ps.in[ti].ent].Type {
				case graph.Country, graph.Organization, graph.Party:
				default:
					continue
				}
				rs, ok := rb.treeRoleSpan(tr, rf.r, ps.in)
				if !ok {
					continue
				}
				rs.former = rs.former || rf.former
				rb.emitRole(m.ent, ps.in[ti].ent, ps.in[ti].tokStart, rs, ps.span, si, confParseRole)
			}
		}
	}
}

// roleNounsOf returns the nouns the parse links to person token h as its
// role: "as R" on the verb h is the subject or object of, the noun
// complement of a passive ("was appointed R"), a relative clause with a
// copula ("who is R").
func roleNounsOf(tr *syntax.Tree, h int) []roleNounFor {
	var out []roleNounFor
	for _, c := range tr.Children(h) {
		if tr.Tokens[c].Deprel == "acl:relcl" && hasChild(tr, c, "cop", nil) {
			out = append(out, roleNounFor{c, false})
		}
	}
	v := tr.Tokens[h].Head
	if v < 0 || tr.Tokens[v].UPOS != "VERB" || negated(tr, v) {
		return out
	}
	r := tr.Tokens[h].Deprel
	former := r == "obj" && succeedVerbs[lemmaOf(tr, v)]
	if r != "nsubj" && r != "nsubj:pass" && r != "obj" {
		return out
	}
	for _, c := range tr.Children(v) {
		if tr.Tokens[c].UPOS != "NOUN" {
			continue
		}
		switch {
		case caseOf(tr, c) == "as" || hasChild(tr, c, "mark", map[string]bool{"as": true}):
			out = append(out, roleNounFor{c, former})
		case rel(tr, c) == "xcomp" && r != "nsubj":
			out = append(out, roleNounFor{c, false}) // "was appointed chairman"
		}
	}
	return out
}

// treeRoleSpan is the role title of role noun r as a span of document
// tokens: r with the modifiers before it ("chief executive", "former
// finance minister"), up to a mention or a determiner.
func (rb *relBuilder) treeRoleSpan(tr *syntax.Tree, r int, in []placed) (roleSpan, bool) {
	first := r
	for _, c := range tr.Children(r) {
		if c > r || (rel(tr, c) != "amod" && rel(tr, c) != "compound") {
			continue
		}
		if f, _ := tr.Subtree(c); f < first {
			first = f
		}
	}
	start, end := rb.docTok(tr.Tokens[first].Start), rb.docTok(tr.Tokens[r].End-1)
	if start < 0 || end < 0 {
		return roleSpan{}, false
	}
	for _, m := range in {
		if m.tokEnd > start && m.tokStart <= end {
			start = max(start, m.tokEnd) // "Fiat chief executive": the body is not in the title
		}
	}
	for start <= end && !rb.d.Tokens[start].Word() {
		start++ // "Mr X, president": the comma after a name parsed into the title
	}
	if start > end {
		return roleSpan{}, false
	}
	return roleSpan{start: start, end: end + 1, noun: low(rb.d.Tokens[end])}, true
}

// docTok returns the document token holding byte offset off, or -1.
func (rb *relBuilder) docTok(off int) int {
	toks := rb.d.Tokens
	i, found := tokenSearch(rb.d, off, false)
	if found {
		return i
	}
	if i > 0 && toks[i-1].End > off {
		return i - 1
	}
	return -1
}

// nameParts join a name to its title.
var nameParts = map[string]bool{"flat": true, "compound": true, "appos": true}

// clausalRelations join clauses: a country reached from a person only
// through one is named in another clause ("told President X that Japan
// plans ...").
var clausalRelations = map[string]bool{"ccomp": true, "advcl": true, "parataxis": true, "csubj": true, "acl": true}

// parseLinksOffice reports whether the parse lets office po take the one
// country its sentence names: the country is in the person's clause, or
// the person is a subject (whose statement may name it in another
// clause). Without a parse (no syntax stage) it does not veto.
func (rb *relBuilder) parseLinksOffice(po pendingOffice) bool {
	if rb.tree == nil || po.si >= len(rb.bySentence) {
		return true
	}
	in := rb.bySentence[po.si]
	pi := slices.IndexFunc(in, func(m placed) bool { return m.ent == po.p && m.tokStart >= po.end })
	if pi < 0 || rb.d.Sentences[po.si].TokEnd-rb.d.Sentences[po.si].TokStart > maxOfficeTokens || rb.tree(po.si) == nil {
		return true
	}
	ps := rb.newParsedSentence(po.si, in)
	tr := ps.tr
	for ci, c := range in {
		h, p := ps.head[ci], ps.head[pi]
		if c.ent != po.countries[0] || h < 0 || p < 0 {
			continue
		}
		// The subject's own statement may name the country in another
		// clause ("..., Chancellor X said"): the title and name are one
		// phrase, whichever word the parse makes its head.
		for tr.Tokens[p].Head >= 0 && nameParts[tr.Tokens[p].Deprel] {
			p = tr.Tokens[p].Head
		}
		linked := true
		if rel(tr, p) == "nsubj" || rel(tr, p) == "obl" && caseOf(tr, p) == "by" {
			return true // "..., X said"; "a vote sought by X"
		}
		if k := in[pi].tokEnd; k < len(rb.d.Tokens) && reportingVerbs[low(rb.d.Tokens[k])] && (caseOf(tr, p) == "" || caseOf(tr, p) == "as") {
			return true // "... as President X said the US ...", the speaker whatever the parse makes of "as"
		}
		path := tr.Path(p, h)
		for x := 1; x < len(path); x++ {
			a, b := path[x-1], path[x]
			if tr.Tokens[a].Head == b && clausalRelations[rel(tr, a)] || tr.Tokens[b].Head == a && clausalRelations[rel(tr, b)] {
				linked = false
			}
		}
		if linked {
			return true
		}
	}
	return false
}
