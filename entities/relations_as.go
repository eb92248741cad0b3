package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// asRole reads a role given with "as" after person p:
//
//	P has replaced Q as <role> of T      P holds it, Q held it (former)
//	P was appointed (as) <role> of T     P holds it
//	P resigned as <role> of T            P held it (former)
//
// Between P and "as" stand only lower-case words (at most four) and, after
// a succession verb, the person Q replaced. It reports whether it added a
// relation.
func (rb *relBuilder) asRole(p placed, s Sentence, at map[int]placed, si int) bool {
	d := rb.d
	span := sentenceSpan(s)
	k := p.tokEnd
	if k+1 < s.TokEnd && d.Tokens[k].Text == "," && low(d.Tokens[k+1]) == "who" {
		k += 2 // "P, who resigned as chairman of T"
	}
	former, replaced, prev := false, -1, ""
	for n := 0; k < s.TokEnd && n < 5; n++ {
		t := d.Tokens[k]
		l := low(t)
		if l == "as" {
			break
		}
		if q, ok := at[k]; ok && successionVerbs[prev] && rb.ex.Entities[q.ent].Type == graph.Person {
			replaced = q.ent
			k = q.tokEnd
			continue
		}
		if honorifics[strings.TrimSuffix(l, ".")] {
			k++ // "Mr" before the person replaced
			continue
		}
		if !t.Word() || t.Cap() {
			return false
		}
		former = former || leavingVerbs[l]
		prev = l
		k++
	}
	if k >= s.TokEnd || low(d.Tokens[k]) != "as" {
		return false
	}
	k++
	if k < s.TokEnd && (low(d.Tokens[k]) == "the" || low(d.Tokens[k]) == "a" || low(d.Tokens[k]) == "an") {
		k++
	}
	for _, read := range []func(int, int) (roleSpan, bool){rb.roleFrom, rb.roleWithModifiers} {
		r, ok := read(k, s.TokEnd)
		if !ok {
			continue
		}
		t, ok := rb.bodyAfter(r.end, s, at)
		if !ok || rb.ex.Entities[t.ent].Type == graph.Place {
			continue
		}
		r.former = former
		rb.emitRole(p.ent, t.ent, t.tokStart, r, span, si, confOfPattern)
		if replaced >= 0 {
			r.former = true
			rb.emitRole(replaced, t.ent, t.tokStart, r, span, si, confOfPattern)
		}
		return true
	}
	return rb.officeAs(p.ent, replaced, p.tokEnd, k, si, former)
}

// successionVerbs take the person replaced as their object: "X replaced
// Y as chairman".
var successionVerbs = map[string]bool{"replaced": true, "replaces": true, "replace": true, "succeeded": true, "succeeds": true, "succeed": true}

// leavingVerbs make the office a former one: "X resigned as chairman".
var leavingVerbs = map[string]bool{"resigned": true, "quit": true, "retired": true, "stepped": true, "resigns": true, "quits": true, "retires": true, "steps": true, "ousted": true, "sacked": true, "fired": true}

// serveVerbs put their subject in the body "in" names: "X served in T".
var serveVerbs = map[string]bool{"serves": true, "served": true, "serving": true}

// belongVerbs take the body their subject is a member of after "to".
var belongVerbs = map[string]bool{"belongs": true, "belonged": true, "belong": true}

// teachVerbs before "at" make their subject a teacher of the school named
// after it.
var teachVerbs = map[string]bool{"teaches": true, "taught": true, "teaching": true, "lectures": true, "lectured": true}

// worksFor reads "P works for T", "P, who worked at T", "P served in T",
// "P, who belongs to T",
// "P, who teaches at T",
// "P joined T", "P founded T" and "T, founded by P" (foundedBy):
// P is affiliated with organization T, or a member of party T.
func (rb *relBuilder) worksFor(p placed, s Sentence, at map[int]placed, span graph.Span) bool {
	d := rb.d
	k := p.tokEnd
	if k+1 < s.TokEnd && d.Tokens[k].Text == "," && low(d.Tokens[k+1]) == "who" {
		k += 2
	}
	if k < s.TokEnd && (low(d.Tokens[k]) == "has" || low(d.Tokens[k]) == "had" || low(d.Tokens[k]) == "also") {
		k++
	}
	if k+1 >= s.TokEnd {
		return rb.foundedBy(p, s, at, span)
	}
	switch l := low(d.Tokens[k]); {
	case workVerbs[l] && (low(d.Tokens[k+1]) == "for" || low(d.Tokens[k+1]) == "at"):
		k += 2
	case teachVerbs[l] && low(d.Tokens[k+1]) == "at":
		k += 2 // "X, who teaches at the Velland school"
	case serveVerbs[l] && low(d.Tokens[k+1]) == "in":
		k += 2 // "X served in the Velland Guards"
	case belongVerbs[l] && low(d.Tokens[k+1]) == "to":
		k += 2 // "X, who belongs to the Velland Party"
	case joinVerbs[l], foundVerbs[l]:
		k++
	default:
		return rb.foundedBy(p, s, at, span)
	}
	if k < s.TokEnd && low(d.Tokens[k]) == "the" {
		k++
	}
	t, ok := at[k]
	if !ok {
		return false
	}
	switch rb.ex.Entities[t.ent].Type {
	case graph.Organization:
		rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confOfPattern, nil)
	case graph.Party:
		rb.add(p.ent, t.ent, graph.MemberOf, span, confOfPattern, nil)
	default:
		return false
	}
	return true
}

// joinVerbs make their subject a member or employee of their object.
var joinVerbs = map[string]bool{"joined": true, "joins": true, "rejoined": true}
