package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// "<Demonym> counterpart P" ("his Spanish counterpart Miguel Ortiz", "its
// Swiss counterpart, Otto Lind"): P holds the office of the country that
// the sentence's other office holder holds in theirs, so P holds a role
// of that country, with the other holder's title when the sentence gives
// one.

// confCounterpart is the confidence of a counterpart's office.
const confCounterpart = 0.7

// counterparts adds the holds_role relations of "<Country> counterpart
// P" in sentence si (mentions in, in text order).
func (rb *relBuilder) counterparts(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	_, end := mentionEdges(in, true)
	for _, p := range in {
		if p.coref || rb.ex.Entities[p.ent].Type != graph.Person {
			continue
		}
		k := p.tokStart - 1
		if k > s.TokStart && d.Tokens[k].Text == "," {
			k--
		}
		if k <= s.TokStart || low(d.Tokens[k]) != "counterpart" {
			continue
		}
		c, ok := end[k]
		if !ok || rb.ex.Entities[c.ent].Type != graph.Country {
			continue
		}
		var attrs map[string]string
		if role := rb.otherOffice(si, p.ent); role != "" {
			attrs = map[string]string{"role": role}
		}
		rb.add(p.ent, c.ent, graph.HoldsRole, span, confCounterpart, attrs)
	}
}

// otherOffice returns the title of a state office that a person other
// than p holds in sentence si, read so far, or "".
func (rb *relBuilder) otherOffice(si, p int) string {
	for _, po := range rb.pending {
		if po.si == si && po.p != p {
			return po.title
		}
	}
	s := rb.d.Sentences[si]
	for _, k := range rb.typed {
		if k.k != graph.HoldsRole || k.a == p || rb.ex.Entities[k.b].Type != graph.Country {
			continue
		}
		r := rb.rels[k]
		for _, sp := range r.spans {
			if sp.Start == s.Start && r.attrs["role"] != "" {
				return r.attrs["role"]
			}
		}
	}
	return ""
}
