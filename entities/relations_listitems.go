package entities

import "github.com/newsgraph/newsgraph/graph"

// A list of people may give each name its own title, party or role:
//
//	Labour MP A, Conservative MP B, and SNP leader C
//	A, Acme chief executive B, and C
//
// After "A, " such a phrase is not an apposition of A: it is the next
// item of the list, and what it states belongs to the name it stands
// before. An apposition ("A, Labour MP for Leeds, said", "A, a Labour
// MP", "A, chairman of T,") names no one after its title. The readers of
// appositions (appositiveMembership, roleAfter) ask listItemAfter
// before they give the title to A.

// listConjunctions open the next item of a list: ", and B", ", or B".
var listConjunctions = map[string]bool{"and": true, "or": true, "nor": true}

// listConjunctionAt reports whether token k (right after "A,") opens the
// next item of a list rather than an apposition: "A, and SNP leader C".
func listConjunctionAt(d *Document, k, end int) bool {
	return k < end && listConjunctions[low(d.Tokens[k])]
}

// titleOwnsName reports whether the title phrase that ends before token k
// is followed by a name of its own: a capitalised word that is no role
// word ("Conservative MP Peter Jones", "chief executive Sir B"). A comma,
// a preposition ("MP for Leeds") or the end of the sentence closes an
// apposition instead; another title ("the aide President Y fired")
// stands before someone else's name.
func titleOwnsName(d *Document, k, end int) bool {
	if k >= end {
		return false
	}
	t := d.Tokens[k]
	l := low(t)
	return t.Word() && t.Cap() && !nonNames[l] && (!isRelRoleWord(l) || honorifics[l])
}

// memberTitleOwnsName reports whether the member title that starts at
// token k, right after a party ("MP", "backbench MP"), is followed by a
// name of its own: "A, Conservative MP B". A preposition ends the title:
// in "A, Democratic member of the FCA board" the name is a body's.
func memberTitleOwnsName(d *Document, k, end int) bool {
	for k < end && d.Tokens[k].Word() && isRelRoleWord(low(d.Tokens[k])) && !honorifics[low(d.Tokens[k])] && !titleStopWords[low(d.Tokens[k])] {
		k++
	}
	return titleOwnsName(d, k, end)
}

// nameBetween reports whether the name of another person than mention mi
// stands between tree tokens h (mi's head) and r (a title the parse links
// to it): in "A, B, and C, director of T" the parse may hang "director"
// on A, but the title is C's, the name right before it; so is "T's
// director, C," for a name read after C.
func (rb *relBuilder) nameBetween(ps *parsedSentence, mi, h, r int) bool {
	lo, hi := min(h, r), max(h, r)
	for mj, m := range ps.in {
		if j := ps.head[mj]; j > lo && j < hi && !m.coref && m.ent != ps.in[mi].ent && rb.ex.Entities[m.ent].Type == graph.Person {
			return true
		}
	}
	return false
}
