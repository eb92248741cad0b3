package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// possessiveMembership reports whether person p owns party q in the
// wording: "X's own <Party>", "his own <Party> party", "X's Gaullist
// <Party> party", "X's Socialist Party", "his Christian Democratic
// Union". "own", a following "party" or a party named in full
// (partyNamedInFull) is required: "X's Republican critics" are others.
func possessiveMembership(d *Document, p, q placed) bool {
	k := p.tokEnd
	switch {
	case k < len(d.Tokens) && isPossessive(d.Tokens[k]):
		k++
	case p.coref && p.tokEnd == p.tokStart+1 && possessivePronouns[low(d.Tokens[p.tokStart])]:
	default:
		return false
	}
	own := k < q.tokStart && low(d.Tokens[k]) == "own"
	if own {
		k++
	}
	// At most one adjective between: "Gaullist", "ruling".
	if q.tokStart-k > 1 || q.tokStart < k {
		return false
	}
	if q.tokStart == k+1 && !d.Tokens[k].Word() {
		return false
	}
	return own || q.tokEnd < len(d.Tokens) && low(d.Tokens[q.tokEnd]) == "party" || partyNamedInFull(d, q)
}

// possessivePronouns own what follows them.
var possessivePronouns = map[string]bool{"his": true, "her": true}

// appositiveMembership reports whether party q stands in an apposition to
// person p that makes p a member: "X, a Republican, said", "X, an Ohio
// Republican", "X, Labour MP for Leeds". A head's title ("X, Labour
// leader") is leadership, read by the role rules; a title followed by a
// name of its own ("X, Conservative MP Y") is Y's.
func appositiveMembership(d *Document, p, q placed) bool {
	k := p.tokEnd
	if k >= q.tokStart || d.Tokens[k].Text != "," {
		return false
	}
	k++
	indef := false // "a" or "an": the apposition classifies the person
	if l := low(d.Tokens[k]); l == "a" || l == "an" || l == "the" {
		k++
		indef = l != "the"
	}
	// A place may qualify the party: "an Ohio Republican".
	for n := 0; k < q.tokStart && n < 3 && d.Tokens[k].Word() && d.Tokens[k].Cap(); n++ {
		k++
	}
	if k != q.tokStart {
		return false
	}
	if q.tokEnd >= len(d.Tokens) {
		return true
	}
	n := d.Tokens[q.tokEnd]
	switch l := low(n); {
	case n.Text == "," || n.Text == "." || n.Text == ")" || n.Text == ";":
		return true
	case speechVerbs[l]:
		return indef // "X, a New Jersey Democrat said"; not "X, UKIP said"
	case roleNouns[l] || roleKinds[l] != "":
		// "A, Conservative MP B": the title is B's, the next item of a
		// list (relations_listitems.go).
		return roleKinds[l] == "member" && !memberTitleOwnsName(d, q.tokEnd, len(d.Tokens))
	}
	return false
}

// usPartyTags are the party letters of American wire style: "Sen. X
// (R-Ohio)", "Rep. Y, D-Calif.".
var usPartyTags = map[string]string{"r": "republican party", "d": "democratic party"}

// usPartyTag reads "X (R-Ohio)" and "X, D-Calif." after person p: p is a
// member of the United States party the letter stands for.
func (rb *relBuilder) usPartyTag(p placed, s Sentence, span graph.Span) {
	d := rb.d
	k := p.tokEnd
	if k >= s.TokEnd || d.Tokens[k].Text != "(" && d.Tokens[k].Text != "," {
		return
	}
	k++
	if k+2 >= s.TokEnd || !isDash(d.Tokens[k+1].Text) || d.Tokens[k+1].Space || d.Tokens[k+2].Space || !d.Tokens[k+2].Cap() {
		return
	}
	name, ok := usPartyTags[low(d.Tokens[k])]
	if !ok || d.Tokens[k].Text != strings.ToUpper(d.Tokens[k].Text) {
		return
	}
	for _, m := range rb.gz.Find(name) {
		if e := m.Entry; e.Type == graph.Party && e.Country == "US" && strings.EqualFold(e.Name, name) {
			rb.add(p.ent, rb.ex.entityFor(e), graph.MemberOf, span, confAdjacent, nil)
			return
		}
	}
}

// listMembership gives a plural member title before a list of names to
// every name of the list: "Labour MPs X and Y", "Republican senators X,
// Y and Z" (a singular title stays with the name it stands before:
// "Labour MP X and Y").
func (rb *relBuilder) listMembership(in []placed, span graph.Span) {
	d := rb.d
	isPerson := func(p placed) bool { return rb.ex.Entities[p.ent].Type == graph.Person && !p.coref }
	for j := range in {
		if !isPerson(in[j]) {
			continue
		}
		f := j
		for f > 0 && isPerson(in[f-1]) && in[f-1].tokEnd <= in[f].tokStart && nameListGap(d, in[f-1].tokEnd, in[f].tokStart) {
			f--
		}
		if f == j || in[f].tokStart == 0 || !pluralMemberWord(low(d.Tokens[in[f].tokStart-1])) {
			continue
		}
		for _, q := range in {
			if rb.ex.Entities[q.ent].Type == graph.Party && statesMembership(d, in[f], q) {
				rb.add(in[j].ent, q.ent, graph.MemberOf, span, 0.9, nil)
			}
		}
	}
}

// pluralMemberWord reports whether w is a member title in the plural:
// "MPs", "senators", "councillors", "peers".
func pluralMemberWord(w string) bool {
	return roleKinds[w] == "member" && strings.HasSuffix(w, "s") || w == "hopefuls"
}
