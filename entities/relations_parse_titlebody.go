package entities

import "github.com/newsgraph/newsgraph/graph"

// Two readings of the parse that the patterns take the participant from
// (relations_parse*.go, relations_evpart_*.go):
//
// A body that only qualifies a person's title is not the person. The
// parser often heads "Treasury Secretary James Baker and Federal Reserve
// Board Chairman Paul Volcker held a meeting" with "Treasury", the name
// hanging under it, and coordinates "Federal Reserve Board" with it, so a
// pattern reading the subject and its conjuncts gave the meeting to the
// Treasury and the Board instead of Baker and Volcker. titledPerson maps
// such a body to the person its title names, and the patterns read that
// person wherever they read the body as a subject or a conjunct.
//
// A role description the coref stage resolved ("The chancellor was
// speaking at E") is a Coref with no tokens (it stands where a name would
// follow the title); on the tree it is the description's noun, so
// placeDescriptions places it there and the event patterns read it like
// a name. The role patterns do not: the description is a title, which
// they read as such ("the shadow chancellor" is no office of a country
// the sentence names).

// titledPersonAfter returns the index in in of the person whose title
// mention xi, a body, only qualifies: "Treasury" in "Treasury Secretary
// James Baker", "Federal Reserve Board" in "Federal Reserve Board Chairman
// Paul Volcker", "International Monetary Fund (IMF)" in "International
// Monetary Fund (IMF) head Michel Camdessus"; -1 when it qualifies none.
// Only role words and honorifics stand between the body and the name. A
// country is left as it is: its president or minister acts for it, and
// the patterns that read it there give it the event as a party.
func (rb *relBuilder) titledPersonAfter(in []placed, xi int) int {
	d := rb.d
	x := in[xi]
	if t := rb.ex.Entities[x.ent].Type; x.coref || x.tokEnd <= x.tokStart || t == graph.Person || t == graph.Country {
		return -1 // a country acts through its head: "Argentine President X signed E"
	}
	k := x.tokEnd
	if k+2 < len(d.Tokens) && d.Tokens[k].Text == "(" && d.Tokens[k+2].Text == ")" {
		k += 3 // the body's short form: "(IMF)"
	}
	if k >= len(d.Tokens) || !isRelRoleWord(low(d.Tokens[k])) {
		return -1
	}
	j := k
	for j < len(d.Tokens) && j-k < 4 && titleWord(low(d.Tokens[j])) {
		j++
	}
	for i, p := range in {
		if p.tokStart == j && !p.coref && rb.ex.Entities[p.ent].Type == graph.Person {
			return i
		}
	}
	return -1
}

// titledPeople returns, for each mention of in, the person whose title it
// only qualifies (titledPersonAfter), or -1.
func (rb *relBuilder) titledPeople(in []placed) []int {
	out := make([]int, len(in))
	for i := range in {
		out[i] = rb.titledPersonAfter(in, i)
	}
	return out
}

// person returns mention xi, or the person whose title it only qualifies.
func (ps *parsedSentence) person(xi int) int {
	if xi >= 0 && xi < len(ps.titled) && ps.titled[xi] >= 0 {
		return ps.titled[xi]
	}
	return xi
}

// placeDescriptions gives each role description of ps its noun as its
// head on the tree (descriptionHead).
func (rb *relBuilder) placeDescriptions(ps *parsedSentence) {
	for mi, m := range ps.in {
		if m.tokEnd == m.tokStart && ps.head[mi] < 0 {
			ps.head[mi] = rb.descriptionHead(ps, m)
		}
	}
}

// descriptionHead returns the tree token of the noun that ends the role
// description of Coref m, which has no tokens of its own and stands right
// after the description ("chancellor" in "The chancellor was speaking"),
// or -1.
func (rb *relBuilder) descriptionHead(ps *parsedSentence, m placed) int {
	d := rb.d
	k := m.tokStart - 1
	if !m.coref || m.tokEnd != m.tokStart || k < 0 || !isRelRoleWord(low(d.Tokens[k])) {
		return -1
	}
	for j, t := range ps.tr.Tokens {
		if t.Start == d.Tokens[k].Start && t.End == d.Tokens[k].End {
			if ps.mentionAt(j) >= 0 {
				return -1
			}
			return j
		}
	}
	return -1
}
