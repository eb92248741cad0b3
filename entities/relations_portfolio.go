package entities

import "github.com/newsgraph/newsgraph/graph"

// A title with a portfolio after it, then a comma and the holder: "T's
// minister of energy and mines, P" is an office of country T, "Acme
// director of planning, P" one of organization Acme; "the
// minister of international trade and industry, P" a state office whose
// country the article gives (resolveOffices), as "Trade Minister P"
// would be. The portfolio is one to five lower-case words after "of" or
// "for" (no name: "the governor of the central bank, P" names its body
// and is read by roleBeforeComma), with "and" only between two of them.
// A place or country after "for" or "to" is such a portfolio too: "Spain's
// director general for Europe, P", "Sweden's ambassador to Canada, P" hold
// offices of Spain and Sweden (placePortfolio).
// In an organization, such a title is an office, never the head's: "Acme's
// director of marketing, P" and "Acme's head of research, P" hold offices
// in Acme; an analyst's or spokesman's title still makes P its staff.

// maxPortfolioWords bounds the words of a portfolio after "of".
const maxPortfolioWords = 5

// portfolioBeforeComma reads "(T's|the) <role> of|for <portfolio>, P",
// with the comma at token c (see above).
func (rb *relBuilder) portfolioBeforeComma(p placed, si int, in []placed, end map[int]placed, c int,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	s := d.Sentences[si]
	of := portfolioStart(d, c, s.TokStart)
	if of < 0 {
		return false
	}
	r, ok := rb.roleEndingAt(of, s.TokStart)
	if !ok {
		return false
	}
	j := r.start
	r.end = c // the title holds its portfolio: "minister of energy and mines"
	if owner, ok := possessiveOwner(d, j, s.TokStart); ok {
		return rb.ownedPortfolio(p, end, owner, r, s, emit)
	}
	if t, ok := end[j]; ok && !t.coref && rb.ex.Entities[t.ent].Type == graph.Organization {
		return rb.ownedPortfolio(p, end, j, r, s, emit) // "Acme director of planning, X"
	}
	// No body before the title: a state's office, when it opens its
	// phrase ("the minister of ...", or the sentence).
	if j > s.TokStart && !determiners[low(d.Tokens[j-1])] && d.Tokens[j-1].Text != "," || !officeNouns[r.noun] {
		return false
	}
	n := len(rb.pending)
	rb.pendOffice(p.ent, r, si, in)
	if len(rb.pending) > n {
		// The portfolio names the office as a capitalised title would.
		rb.pending[n].cap = true
	}
	return true
}

// roleEndingAt reads the role title that ends right before token k: the
// role words back from k, the last of them a role noun.
func (rb *relBuilder) roleEndingAt(k, sentStart int) (roleSpan, bool) {
	j := k
	for j > sentStart && rb.roleTok(j-1, sentStart, k) {
		j--
	}
	r, ok := rb.roleFrom(j, k)
	return r, ok && r.end == k
}

// ownedPortfolio adds office r of person p in the country or
// organization whose possessive ends at token owner.
func (rb *relBuilder) ownedPortfolio(p placed, end map[int]placed, owner int, r roleSpan, s Sentence,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	t, ok := end[owner]
	if !ok {
		return false
	}
	switch rb.ex.Entities[t.ent].Type {
	case graph.Country:
		emit(p, t, r, confAdjacent, false)
		return true
	case graph.Organization:
		rb.unitOffice(p.ent, t.ent, r, sentenceSpan(s))
		return true
	}
	return false
}

// placePortfolio reads "T's <role> for|to (the) X, P" for the place or
// country X ending at the comma before P (see above).
func (rb *relBuilder) placePortfolio(p, x placed, s Sentence, end map[int]placed, c int,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	if xt := rb.ex.Entities[x.ent].Type; xt != graph.Place && xt != graph.Country {
		return false
	}
	k := x.tokStart - 1
	if k > s.TokStart && low(d.Tokens[k]) == "the" {
		k--
	}
	if k <= s.TokStart || low(d.Tokens[k]) != "for" && low(d.Tokens[k]) != "to" {
		return false
	}
	r, ok := rb.roleEndingAt(k, s.TokStart)
	if !ok {
		return false
	}
	owner, ok := possessiveOwner(d, r.start, s.TokStart)
	if !ok {
		return false
	}
	r.end = c
	return rb.ownedPortfolio(p, end, owner, r, s, emit)
}

// portfolioStart returns the token of the "of" or "for" that opens a
// portfolio ending right before token c (see above), or -1.
func portfolioStart(d *Document, c, sentStart int) int {
	for k := c - 1; k > sentStart && c-k <= maxPortfolioWords+1; k-- {
		t := d.Tokens[k]
		l := low(t)
		if l == "of" || l == "for" {
			if k == c-1 || low(d.Tokens[k+1]) == "and" {
				return -1
			}
			return k
		}
		if !t.Word() || t.Cap() || determiners[l] || l != "and" && titleStopWords[l] || l == "and" && k == c-1 {
			return -1
		}
	}
	return -1
}

// unitOffice adds the office r of person p in organization t whose
// title names a portfolio: the head of a part of t holds an office in t
// ("head of research"), and its other titles say what they say of t.
func (rb *relBuilder) unitOffice(p, t int, r roleSpan, span graph.Span) {
	title, former := rb.roleTitle(r)
	if title == "" {
		return
	}
	for _, k := range rb.roleRelationKinds(r, graph.Organization, false) {
		attrs := map[string]string{}
		if k == graph.Leads {
			k = graph.HoldsRole
		}
		if k == graph.HoldsRole {
			attrs["role"] = title
		}
		if former {
			attrs["former"] = "true"
		}
		rb.add(p, t, k, span, confAdjacent, attrs)
	}
}

// possessiveOwner returns the end token of the possessor before a title
// starting at token j: "T's" ends before "'s", "its" (a reference to T)
// after it.
func possessiveOwner(d *Document, j, sentStart int) (int, bool) {
	switch {
	case j-1 < sentStart:
		return 0, false
	case possessiveAt(d, j-1):
		return j - 1, true
	case low(d.Tokens[j-1]) == "its":
		return j, true
	}
	return 0, false
}
