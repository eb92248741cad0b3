package entities

import "github.com/newsgraph/newsgraph/graph"

// Plural titles over a list of names: the title before the first name
// of a list is every listed person's, in the singular.
//
//	T chief executives P1 and P2          each leads T
//	former T chief executives P1, P2 and P3
//	<Demonym> ministers P1 and P2         each holds a role of the country
//	Finance ministers P1 of A and P2 of B each holds the role in their own
//
// A title before a single name is read as before: roleBefore takes a
// plural head noun whose singular is a role noun ("executives") as that
// role noun, and pluralTitleOver hands the title to the later names of
// the list, each of which has no title of its own.

// pluralRoleNoun returns the singular of l when l is the plural of a role
// noun ("executives" → "executive"), else "".
func pluralRoleNoun(l string) string {
	if s := singularRole(l); s != l && isRoleNoun(s) {
		return s
	}
	return ""
}

// pluralTitleOver returns the plural title before the first name of the
// list that person p ends ("chief executives X and p", "ministers X, Y
// and p"): the walk back passes persons joined by "," or "and", each
// possibly followed by "of T" ("ministers X of A and p of B").
func (rb *relBuilder) pluralTitleOver(p placed, s Sentence, end map[int]placed) (roleOf, bool) {
	d := rb.d
	cur := p
	for range 8 {
		e := listItemEnd(d, nameStart(d, cur, s.TokStart), s.TokStart)
		if e < 0 {
			return roleOf{}, false
		}
		q, ok := end[e]
		if ok && rb.ex.Entities[q.ent].Type != graph.Person && q.tokStart-1 > s.TokStart && low(d.Tokens[q.tokStart-1]) == "of" {
			q, ok = end[q.tokStart-1] // "X of A and p"
		}
		if !ok || rb.ex.Entities[q.ent].Type != graph.Person || q.coref {
			return roleOf{}, false
		}
		start := nameStart(d, q, s.TokStart)
		if r, ok := rb.roleBefore(start, s.TokStart, end); ok {
			if r.end != start || pluralRoleNoun(low(d.Tokens[r.end-1])) == "" && singularRole(r.noun) == r.noun {
				return roleOf{}, false // the first name's title is its own
			}
			return r, true
		}
		cur = q
	}
	return roleOf{}, false
}

// nameListAt reports whether the capitalised name starting at token i is
// followed by "," or "and": the first name of a list.
func nameListAt(d *Document, i int) bool {
	j := i
	for j < len(d.Tokens) && j < i+5 && d.Tokens[j].Word() && d.Tokens[j].Cap() {
		j++
	}
	if j == i || j >= len(d.Tokens) {
		return false
	}
	l := low(d.Tokens[j])
	return l == "," || l == "and"
}
