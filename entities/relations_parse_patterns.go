package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// Confidences of the parse patterns.
const (
	confParseAffiliation = 0.75 // "P, a trader at T"
	confParseLeads       = 0.8  // "P headed T", "T, led by P"
	confParseEvent       = 0.75 // "X signed the E", "E run by X"
)

// rel is the universal relation of token j ("nsubj" of "nsubj:pass").
func rel(tr *syntax.Tree, j int) string { return syntax.Universal(tr.Tokens[j].Deprel) }

// lemmaOf is token j's lemma in lower case.
func lemmaOf(tr *syntax.Tree, j int) string { return strings.ToLower(tr.Tokens[j].Lemma) }

// caseOf is the preposition of token j ("at" in "at the bank"), or "".
func caseOf(tr *syntax.Tree, j int) string {
	for _, c := range tr.Children(j) {
		if rel(tr, c) == "case" {
			return lemmaOf(tr, c)
		}
	}
	return ""
}

// negated reports whether a negation hangs on token v ("did not attend").
func negated(tr *syntax.Tree, v int) bool {
	for _, c := range tr.Children(v) {
		if negationWords[lemmaOf(tr, c)] || negationWords[strings.ToLower(tr.Tokens[c].Form)] {
			return true
		}
	}
	return false
}

// hasChild reports whether token j has a dependent with relation r
// (subtypes included) and, when words is not nil, one of those lemmas.
func hasChild(tr *syntax.Tree, j int, r string, words map[string]bool) bool {
	for _, c := range tr.Children(j) {
		if rel(tr, c) == r && (words == nil || words[lemmaOf(tr, c)]) {
			return true
		}
	}
	return false
}

// affiliationPreps link a work noun to its employer: "trader at T",
// "economist with T", "spokesman for T".
var affiliationPreps = map[string]bool{"at": true, "with": true, "for": true}

// parseAffiliations reads "P, a <noun> at T" and "P is a <noun> at T":
// affiliated_with when the noun is not an office (offices are the cue
// rules' own: "P, chairman of T"), member_of for a party. With "of" the
// noun must be a staff or member noun ("P, a member of T").
func (rb *relBuilder) parseAffiliations(ps *parsedSentence) {
	tr := ps.tr
	for mi, m := range ps.in {
		h := ps.head[mi]
		if h < 0 || rb.ex.Entities[m.ent].Type != graph.Person {
			continue
		}
		var nouns []int
		for _, a := range tr.Appositions(h) {
			if a > h {
				nouns = append(nouns, a)
			}
		}
		if rel(tr, h) == "nsubj" && tr.Tokens[h].Head >= 0 && hasChild(tr, tr.Tokens[h].Head, "cop", nil) {
			nouns = append(nouns, tr.Tokens[h].Head) // "P is an analyst at T"
		}
		for _, a := range nouns {
			if tr.Tokens[a].UPOS != "NOUN" || negated(tr, a) {
				continue
			}
			l := lemmaOf(tr, a)
			class := roleKinds[l]
			work := class == "staff" || class == "member"
			if isRoleNoun(l) && !work {
				continue
			}
			attrs := map[string]string(nil)
			if hasChild(tr, a, "amod", formerWords) {
				attrs = map[string]string{"former": "true"}
			}
			// The body hangs on the noun, or, misattached, on the person
			// after the noun ("P, strategist at T": T on P).
			bodies := tr.Children(a)
			for _, t := range tr.Children(h) {
				if t > a {
					bodies = append(bodies, t)
				}
			}
			for _, t := range bodies {
				ti := ps.mentionAt(t)
				if ti < 0 || rel(tr, t) != "nmod" {
					continue
				}
				p := caseOf(tr, t)
				if !affiliationPreps[p] && !(p == "of" && work) {
					continue
				}
				switch rb.ex.Entities[ps.in[ti].ent].Type {
				case graph.Organization:
					rb.add(m.ent, ps.in[ti].ent, graph.AffiliatedWith, ps.span, confParseAffiliation, attrs)
				case graph.Party:
					if work {
						rb.add(m.ent, ps.in[ti].ent, graph.MemberOf, ps.span, confParseAffiliation, attrs)
					}
				}
			}
		}
	}
}

// leadVerbs are the verbs whose subject heads their object, with the role
// the relation records.
var leadVerbs = map[string]string{"head": "head", "lead": "leader", "chair": "chairman"}

// parseLeads reads "P headed T", "T, led by P" and "T was headed by P".
func (rb *relBuilder) parseLeads(ps *parsedSentence) {
	tr := ps.tr
	for ti, t := range ps.in {
		h := ps.head[ti]
		te := rb.ex.Entities[t.ent]
		if h < 0 || te.Type != graph.Organization && te.Type != graph.Party {
			continue
		}
		v, subj := -1, ""
		switch r := tr.Tokens[h].Deprel; {
		case r == "obj":
			v, subj = tr.Tokens[h].Head, "nsubj" // P headed T
		case r == "nsubj:pass":
			v, subj = tr.Tokens[h].Head, "obl" // T was headed by P
		}
		for _, c := range tr.Children(h) {
			if v < 0 && rel(tr, c) == "acl" {
				v, subj = c, "obl" // T, led by P
			}
		}
		if v < 0 || tr.Tokens[v].UPOS != "VERB" || negated(tr, v) {
			continue
		}
		role, ok := leadVerbs[lemmaOf(tr, v)]
		if !ok {
			continue
		}
		for _, c := range tr.Children(v) {
			pi := ps.mentionAt(c)
			if pi < 0 || tr.Tokens[c].Deprel != subj && rel(tr, c) != subj || subj == "obl" && caseOf(tr, c) != "by" {
				continue
			}
			if rel(tr, c) == "nsubj" && tr.Tokens[c].Deprel != "nsubj" {
				continue // nsubj:pass: "P was led by ..."
			}
			for _, p := range append([]int{ps.in[pi].ent}, ps.conjunctsOf(rb.ex, pi)...) {
				// A one-word "person" is often a misread name ("Labour
				// lead the Conservatives").
				if pe := rb.ex.Entities[p]; pe.Type == graph.Person && strings.Contains(pe.Name, " ") {
					rb.add(p, t.ent, graph.Leads, ps.span, confParseLeads, map[string]string{"role": role})
				}
			}
		}
	}
}

// eventAttrs are the attributes of an involved_in relation to event e: its
// date when the events rule found one.
func (rb *relBuilder) eventAttrs(e int) map[string]string {
	if d := rb.ex.Entities[e].Attrs["date"]; d != "" {
		return map[string]string{"date": d}
	}
	return nil
}
