package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Bodies and countries of titles that the role patterns of
// relations_roles.go and resolveOffices (relations_rolekind.go) read in
// wordings the older patterns missed: a coordinated portfolio read as a
// body's name ("Trade and Industry Secretary X"), a company right after
// a title with no "of" ("X, senior vice president T"), a staff title's
// "to T" ("adviser to T"), and the one acting country of an office's
// sentence ("The Philippines will buy rice from Thailand, Agriculture
// Secretary X said").

// soleActor returns the one country the office's sentence names as such
// (po.countries), or, of several, the one that is no destination
// ("The Philippines will buy rice from Thailand, Agriculture Secretary X
// said": rice comes from Thailand, the Philippines act); else -1.
func soleActor(po pendingOffice) int {
	if c := uniqueInts(po.countries); len(c) == 1 {
		return c[0]
	}
	var acting []int
	for _, c := range po.countries {
		if containsInt(po.actors, c) {
			acting = append(acting, c)
		}
	}
	if c := uniqueInts(acting); len(c) == 1 && len(uniqueInts(po.countries)) > 1 {
		return c[0]
	}
	return -1
}

// withCountry returns po with country c as its sentence's only one.
func (po pendingOffice) withCountry(c int) pendingOffice {
	po.countries = []int{c}
	return po
}

// portfolioName reports whether organization mention t before office
// title r is a ministry's portfolio rather than a body: title words
// joined by "and" ("Trade and Industry Secretary X", "Energy and Mines
// Minister X"; "Treasury Secretary X" names a body), and the entity no
// more than these words: where the article names the ministry in full
// ("Ministry of International Trade and Industry"), they are its short
// name.
func (rb *relBuilder) portfolioName(t placed, r roleSpan) bool {
	e := rb.ex.Entities[t.ent]
	if e.Type != graph.Organization || e.Entry != nil || !officeNouns[r.noun] || t.coref {
		return false
	}
	if d := rb.d; !strings.EqualFold(e.Name, d.Text[d.Tokens[t.tokStart].Start:d.Tokens[t.tokEnd-1].End]) {
		return false
	}
	and := false
	for k := t.tokStart; k < t.tokEnd; k++ {
		l := low(rb.d.Tokens[k])
		if l == "and" || l == "&" {
			and = k > t.tokStart
		} else if !isRoleWord(l) {
			return false
		}
	}
	return and
}

// bareBodyAfter finds the organization T right after title r, with no
// preposition, closing the apposition: "X, senior vice president T, said"
// drops the "of" news copy often leaves out. T must end the phrase (a
// comma, a full stop, a bracket or the sentence's end after it), else it
// opens a clause of its own.
func (rb *relBuilder) bareBodyAfter(r roleSpan, s Sentence, at map[int]placed) (placed, bool) {
	t, ok := at[r.end]
	if !ok || t.coref || rb.ex.Entities[t.ent].Type != graph.Organization {
		return placed{}, false
	}
	if e := t.tokEnd; e < s.TokEnd && !appositionEnds[low(rb.d.Tokens[e])] {
		return placed{}, false
	}
	return t, true
}

// advisedBody finds the organization T of "<staff title> to (the) T" after
// title r: "adviser to T", "consultant to T" work for T. Only a staff
// noun takes "to" so ("ambassador to Canada" is sent there), and only an
// organization ("adviser to the prime minister" serves a person).
func (rb *relBuilder) advisedBody(r roleSpan, s Sentence, at map[int]placed) (placed, bool) {
	d := rb.d
	k := r.end
	if k+1 >= s.TokEnd || low(d.Tokens[k]) != "to" || roleKinds[r.noun] != "staff" {
		return placed{}, false
	}
	if k++; low(d.Tokens[k]) == "the" {
		k++
	}
	t, ok := at[k]
	if !ok || t.coref || rb.ex.Entities[t.ent].Type != graph.Organization {
		return placed{}, false
	}
	return t, true
}
