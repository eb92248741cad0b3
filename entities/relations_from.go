package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// "said P from T", "P from T said|told" and "P, from T, said": a speaker
// introduced with the organization they come from speaks for it or works
// there ("said Ann Lee from Acme", "Ann Lee, from Acme, told reporters"). The speech verb must stand right before the person or
// right after the organization: elsewhere "from" is often a transfer
// ("signed P from T") or a source ("P from T's studios").

// speakersFrom adds the affiliated_with relations of "from" speakers in
// sentence si (mentions in, in text order).
func (rb *relBuilder) speakersFrom(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := sentenceSpan(s)
	at, _ := mentionEdges(in, true)
	for _, p := range in {
		if p.coref || rb.ex.Entities[p.ent].Type != graph.Person {
			continue
		}
		k := p.tokEnd
		if k+2 < s.TokEnd && d.Tokens[k].Text == "," {
			k++ // "P, from T, said": the same speaker set off by commas
		}
		if k+1 >= s.TokEnd || low(d.Tokens[k]) != "from" {
			continue
		}
		k++
		if low(d.Tokens[k]) == "the" {
			k++
		}
		t, ok := at[k]
		if !ok || rb.ex.Entities[t.ent].Type != graph.Organization {
			continue
		}
		if rb.speechBefore(p, s) || speechAfter(d, t.tokEnd, s) {
			rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confLedBy, nil)
		}
	}
}

// speechBefore reports whether a speech verb stands right before person
// p, an honorific allowed between ("said Dr X").
func (rb *relBuilder) speechBefore(p placed, s Sentence) bool {
	d := rb.d
	k := p.tokStart - 1
	if k > s.TokStart && (honorifics[low(d.Tokens[k])] || honorifics[strings.TrimSuffix(low(d.Tokens[k]), ".")]) {
		k--
	}
	return k >= s.TokStart && speechVerbs[low(d.Tokens[k])]
}

// speechAfter reports whether a speech verb stands at token k, a comma
// allowed before it ("X from Acme, told the BBC").
func speechAfter(d *Document, k int, s Sentence) bool {
	if k < s.TokEnd && d.Tokens[k].Text == "," {
		k++
	}
	return k < s.TokEnd && speechVerbs[low(d.Tokens[k])]
}
