package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Appointments in the active voice: the body that appoints someone gives
// them an office in itself unless the title names another body.
//
//	T named X (as) (its) (new) <role>          T appointed X finance director
//	T said it (has) named X <role>              T has elected X president of U (U)
//
// The passive ("X was named chairman of T") is read by the copula rules
// (skipCopula).

// appointVerbs are the active verbs of appointment.
var appointVerbs = map[string]bool{"named": true, "appointed": true, "elected": true, "names": true,
	"appoints": true, "elects": true, "nominated": true, "nominates": true, "reappointed": true, "promoted": true}

// confAppoint is the confidence of an office read from an appointment.
const confAppoint = 0.8

// appointments adds the offices of the active appointments of one
// sentence.
func (rb *relBuilder) appointments(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	at, end := mentionEdges(in, false)
	for _, p := range in {
		if !rb.personRef(p) || p.tokStart < 2 {
			continue
		}
		v := p.tokStart - 1
		if l := low(d.Tokens[v]); (honorifics[l] || honorifics[strings.TrimSuffix(l, ".")]) && v-1 > s.TokStart {
			v-- // "named Mr X"
		}
		if !appointVerbs[low(d.Tokens[v])] {
			continue
		}
		t, ok := rb.appointer(v, s, end)
		if !ok {
			continue
		}
		k := p.tokEnd
		for k < s.TokEnd && (low(d.Tokens[k]) == "as" || low(d.Tokens[k]) == "its" || low(d.Tokens[k]) == "the" || low(d.Tokens[k]) == "new") {
			k++
		}
		r, ok := rb.roleFrom(k, s.TokEnd)
		if !ok {
			continue
		}
		if b, ok := rb.bodyAfter(r.end, s, at); ok {
			t = b // "T named X president of its U subsidiary"
		}
		switch rb.ex.Entities[t.ent].Type {
		case graph.Organization, graph.Party:
			rb.emitRole(p.ent, t.ent, t.tokStart, r, span, si, confAppoint)
		}
	}
}

// appointer returns the body that is the subject of the appointment verb
// at token v: "T named", "T has named", "T said it (has) named", "T
// said on Monday it named".
func (rb *relBuilder) appointer(v int, s Sentence, end map[int]placed) (placed, bool) {
	d := rb.d
	k := v
	if k-1 >= s.TokStart && (low(d.Tokens[k-1]) == "has" || low(d.Tokens[k-1]) == "have" || low(d.Tokens[k-1]) == "had") {
		k--
	}
	if k-1 >= s.TokStart && low(d.Tokens[k-1]) == "it" {
		k--
		// "T said (on Monday) (that) it": at most four words between.
		j := k - 1
		if j >= s.TokStart && low(d.Tokens[j]) == "that" {
			j--
		}
		for n := 0; j >= s.TokStart && n < 4 && low(d.Tokens[j]) != "said"; n++ {
			j--
		}
		if j < s.TokStart || low(d.Tokens[j]) != "said" {
			return placed{}, false
		}
		k = j
	}
	t, ok := end[k]
	return t, ok
}
