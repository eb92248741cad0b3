package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A company a person's possessive opens is the person's: "Packer's
// <Consolidated Press Holdings Ltd> bought a stake", "Murdoch's News Corp
// said" make the owner affiliated with the company (the reverse of "the
// BBC's Ann Kerr", bodyPossessive). The body must be a company, as
// "the company" could name it (bodyFits: no public body, no body of the
// gazetteer), whose name ends in a company head ("Ltd", "Corp",
// "Partners"): "Mel Gibson's The Passion of the Christ" is a work the
// recognizer may read as a body; the person must be known by a full name in the
// article (a lone surname before "'s" is as often a firm named after its
// founder); a Reuters ticker bracket may open the company's name, and
// the company's name must end a phrase ("X's Jewish beliefs" is no body).

// ownerPossessive reads "P's T" for person mention p of a sentence whose
// mentions start at the tokens of at.
func (rb *relBuilder) ownerPossessive(p placed, s Sentence, at map[int]placed, span graph.Span) {
	d := rb.d
	k := p.tokEnd
	if p.coref || k >= s.TokEnd || !possessiveAt(d, k) || !strings.Contains(rb.ex.Entities[p.ent].Name, " ") {
		return
	}
	k++
	if k < s.TokEnd && d.Tokens[k].Text == "<" {
		k++
	}
	t, ok := at[k]
	if !ok || t.coref {
		return
	}
	e := rb.ex.Entities[t.ent]
	if e.Type != graph.Organization || e.IsGroup() || partyLike(e.Name) || !bodyFits(e, "company") || !companyNamed(d, Mention{TokStart: t.tokStart, TokEnd: t.tokEnd}) {
		return
	}
	// The name must end a phrase of its own, as in bodyPossessive: "X's
	// Buckinghamshire home" reads a place, "X's Jewish beliefs" a word,
	// as a body.
	if n := t.tokEnd; n < s.TokEnd {
		if w := d.Tokens[n]; w.Word() && !speechVerbs[low(w)] && (!clauseLinks[low(w)] || low(w) == "and" || low(w) == "or") {
			return
		}
	}
	rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confLedBy, nil)
}
