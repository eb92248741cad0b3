package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// ledBy reads "T, led by (<role>) P" and "T-led": a government led by P
// is an office of its country; an organization or party led by P is led.
func (rb *relBuilder) ledBy(p placed, s Sentence, end map[int]placed, span graph.Span) {
	d := rb.d
	// Role words right before the person.
	j := p.tokStart
	for j > s.TokStart && rb.roleTok(j-1, s.TokStart, p.tokStart) {
		j--
	}
	if j-2 < s.TokStart || low(d.Tokens[j-1]) != "by" {
		return
	}
	switch low(d.Tokens[j-2]) {
	case "led", "headed", "chaired":
	default:
		return
	}
	k := j - 2
	if k-1 >= s.TokStart && d.Tokens[k-1].Text == "," {
		k--
	}
	government := false
	if k-1 >= s.TokStart {
		switch low(d.Tokens[k-1]) {
		case "government", "administration", "cabinet", "coalition":
			government = true
			k--
		}
	}
	t, ok := end[k]
	if !ok {
		return
	}
	te := rb.ex.Entities[t.ent]
	r := roleSpan{start: j, end: p.tokStart}
	for x := j; x < p.tokStart; x++ {
		if l := low(d.Tokens[x]); roleNouns[l] {
			r.noun = l
		}
	}
	switch {
	case government && te.Type == graph.Country:
		if r.noun == "" {
			return
		}
		title, _ := rb.roleTitle(r)
		rb.add(p.ent, t.ent, graph.HoldsRole, span, confLedBy, map[string]string{"role": title})
	case !government && (te.Type == graph.Organization || te.Type == graph.Party):
		rb.add(p.ent, t.ent, graph.Leads, span, confLedBy, nil)
	}
}

// boardWords qualify a company's board: "the supervisory board of T".
var boardWords = map[string]bool{"supervisory": true, "executive": true, "management": true}
