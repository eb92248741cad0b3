package entities

import (
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// Words that may stand between a body and the title it owns, with T the
// body and P the person:
//
//	T (ACR) president P           "United Auto Workers (UAW) president X"
//	T's <place> director P        "Britain's Europe director X",
//	                              "Acme's Oslo treasury head X"
//	T chief <place> strategist P  "Acme chief Asian strategist X"
//
// titleEnds maps the end of such words to T in end (end token → mention),
// as bureauEnds does for "BBC Delhi reporter X", so that the role
// patterns read the title after them as T's.
func (rb *relBuilder) titleEnds(at, end map[int]placed) {
	d := rb.d
	add := map[int]placed{}
	for k, m := range end {
		switch rb.ex.Entities[m.ent].Type {
		case graph.Organization, graph.Country, graph.Party:
		default:
			continue
		}
		if j := skipAcronym(d, k, len(d.Tokens)); j > k && j < len(d.Tokens) && isRelRoleWord(low(d.Tokens[j])) {
			add[j] = m
			continue
		}
		// A place right after T's, or after one or two title words
		// after T, sits inside the title when a title word follows it.
		j := k
		if possessiveAt(d, j) {
			j++
		} else {
			for n := 0; n < 2 && j < len(d.Tokens) && d.Tokens[j].Word() && !d.Tokens[j].Cap() && isRelRoleWord(low(d.Tokens[j])); n++ {
				j++
			}
			if j == k {
				continue
			}
		}
		if c, ok := at[j]; ok && rb.ex.Entities[c.ent].Type == graph.Place && c.tokEnd < len(d.Tokens) &&
			isRelRoleWord(low(d.Tokens[c.tokEnd])) {
			add[c.tokEnd] = m
		}
	}
	for k, m := range add {
		end[k] = m
	}
}

// skipAcronym returns the token after a parenthesised acronym at token k
// ("(UAW)"), or k.
func skipAcronym(d *Document, k, stop int) int {
	if k+2 >= stop || d.Tokens[k].Text != "(" || d.Tokens[k+2].Text != ")" {
		return k
	}
	a := d.Tokens[k+1].Text
	if len(a) < 2 {
		return k
	}
	for _, r := range a {
		if !unicode.IsUpper(r) && r != '&' && r != '-' {
			return k
		}
	}
	return k + 3
}

// royalStyles are the styles of royal persons, which stand between a
// title and the name like an honorific.
var royalStyles = map[string]bool{"prince": true, "princess": true, "sheikh": true, "sheik": true}

// nameStart is the first token of person mention p with the honorifics
// before it ("Sir", "Dr."), and a capitalised royal style after a title
// word, where a title before the name ends: "chairman Sir X", "Foreign
// Minister Prince X" (but "Britain's Prince X": the style is the title).
func nameStart(d *Document, p placed, sentStart int) int {
	k := p.tokStart
	for k-1 > sentStart && (honorifics[low(d.Tokens[k-1])] || d.Tokens[k-1].Text == "." ||
		royalStyles[low(d.Tokens[k-1])] && d.Tokens[k-1].Cap() && roleNouns[low(d.Tokens[k-2])]) {
		k--
	}
	return k
}

// coordinatedTitle extends title r, read up to "and", over a second title
// right after it ("founder and chairman", "president and chief operating
// officer"); emitRole gives each its office.
func (rb *relBuilder) coordinatedTitle(r roleSpan, stop int) roleSpan {
	if r.end+1 >= stop || low(rb.d.Tokens[r.end]) != "and" {
		return r
	}
	if r2, ok := rb.roleFrom(r.end+1, stop); ok && r2.start == r.end+1 && isTitleWord(low(rb.d.Tokens[r2.start])) {
		r.end, r.noun = r2.end, r2.noun
	}
	return r
}

// partEnd returns the end of "of|for <part>" at token k, the part one to
// three words that name no body ("head of trade policy"), or k.
func (rb *relBuilder) partEnd(k int, s Sentence, at map[int]placed) int {
	d := rb.d
	if k+1 >= s.TokEnd || (low(d.Tokens[k]) != "of" && low(d.Tokens[k]) != "for") {
		return k
	}
	j := k + 1
	for ; j < min(k+4, s.TokEnd); j++ {
		if _, named := at[j]; named || !d.Tokens[j].Word() || bodyPrepositions[low(d.Tokens[j])] || determiners[low(d.Tokens[j])] {
			break
		}
	}
	if j == k+1 {
		return k
	}
	return j
}
