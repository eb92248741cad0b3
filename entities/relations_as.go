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
	span := graph.Span{Start: s.Start, End: s.End}
	k := p.tokEnd
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
	return false
}

// successionVerbs take the person replaced as their object: "X replaced
// Y as chairman".
var successionVerbs = map[string]bool{"replaced": true, "replaces": true, "replace": true, "succeeded": true, "succeeds": true, "succeed": true}

// leavingVerbs make the office a former one: "X resigned as chairman".
var leavingVerbs = map[string]bool{"resigned": true, "quit": true, "retired": true, "stepped": true, "resigns": true, "quits": true, "retires": true, "steps": true, "ousted": true, "sacked": true, "fired": true}
