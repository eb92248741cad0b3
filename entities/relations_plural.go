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

// pluralBeforeTo returns the title tokens [j, stop) of the name at token i
// when the part before "to" (at stop) ends in a plural role noun:
// "advisers to Finance Minister X" names others, X holds the office after
// "to". Otherwise it returns j and stop unchanged.
func pluralBeforeTo(d *Document, j, stop, i int) (int, int) {
	if stop >= i || stop <= j || pluralRoleNoun(low(d.Tokens[stop-1])) == "" {
		return j, stop
	}
	j = stop + 1
	for j < i && !isRoleNoun(low(d.Tokens[j])) && !isTitleWord(low(d.Tokens[j])) {
		j++
	}
	return j, i
}

// pluralOfficeNoun returns the singular of a plural state office noun
// over a list of names starting at token i ("Presidents X and Y" is each
// one's office, read like "President X"), else noun: before a single
// name a plural is no title ("met the ministers Howard said").
func pluralOfficeNoun(d *Document, noun string, i int) string {
	if sg := pluralRoleNoun(noun); sg != "" && officeNouns[sg] && nameListAt(d, i) {
		return sg
	}
	return noun
}
