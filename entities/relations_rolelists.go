package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Role patterns around lists and appositions that name the body before
// the person ("the governor of the central bank, X"; "T chief X and
// director Y"), and the patterns with no role noun ("X of the Y", "X
// headed Y").

// listItemEnd is the end token of the list item before the item that
// starts at token i ("X, " or "X and " or "X, and "), or -1.
func listItemEnd(d *Document, i, sentStart int) int {
	k := i - 1
	if k > sentStart && low(d.Tokens[k]) == "and" {
		k--
	}
	if k > sentStart && d.Tokens[k].Text == "," {
		return k
	}
	if k+1 < i {
		return k + 1 // "X and"
	}
	return -1
}

// listBefore returns the persons listed right before p: "X and p", "X, Y
// and p" (honorifics allowed before each name).
func (rb *relBuilder) listBefore(p placed, s Sentence, end map[int]placed) []placed {
	d := rb.d
	var out []placed
	for cur := p; ; {
		e := listItemEnd(d, nameStart(d, cur, s.TokStart), s.TokStart)
		q, ok := end[e]
		if e < 0 || !ok || rb.ex.Entities[q.ent].Type != graph.Person {
			return out
		}
		out = append(out, q)
		cur = q
	}
}

// roleBeforeComma reads "(the|a) <role> of|at|for (the) T, P": "the
// governor of the central bank, X", "a spokesman for the ministry, X"; and
// a title with a portfolio, "T's minister of energy, X" (see
// portfolioBeforeComma).
func (rb *relBuilder) roleBeforeComma(p placed, si int, in []placed, end map[int]placed,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	s := d.Sentences[si]
	c := p.tokStart - 1
	if c > s.TokStart && d.Tokens[c].Text == "." {
		c-- // "Dr."
	}
	if c > s.TokStart && honorifics[low(d.Tokens[c])] {
		c--
	}
	if c <= s.TokStart || d.Tokens[c].Text != "," {
		return false
	}
	// The person must close the apposition, not open a list.
	if e := p.tokEnd; e < s.TokEnd && low(d.Tokens[e]) == "and" {
		return false
	}
	if e := p.tokEnd; e+1 < s.TokEnd && d.Tokens[e].Text == "," && d.Tokens[e+1].Cap() {
		return false
	}
	t, ok := end[c]
	if !ok {
		return rb.possessiveRoleBeforeComma(p, s, end, c, emit) || rb.portfolioBeforeComma(p, si, in, end, c, emit)
	}
	if rb.placePortfolio(p, t, s, end, c, emit) {
		return true // "Spain's director general for Europe, X"
	}
	k := t.tokStart - 1
	if b := rb.possessedBefore(t, s, end); b > 0 {
		k = b // "the governor of Velland's state oil company, Velco, X"
	} else if k > s.TokStart && low(d.Tokens[k]) == "the" {
		k--
	}
	if k <= s.TokStart || !bodyPrepositions[low(d.Tokens[k])] {
		return false
	}
	j := k
	for j > s.TokStart && rb.roleTok(j-1, s.TokStart, k) && low(d.Tokens[j-1]) != "of" {
		j--
	}
	r, ok := rb.roleFrom(j, k)
	if !ok || r.end != k {
		return false
	}
	emit(p, t, r, confOfPattern, true)
	return true
}

// bodyPossessive reads "T's P" (and "T <rank>. P", rankedMember) for an
// organization T: the person works
// for or plays for it ("the BBC's Ann Kerr", "Hansa Bank's Tom Hale
// said"). A party's possessive is read by possessiveMembership; a title
// between ("T's chairman P") by the role rules.
func (rb *relBuilder) bodyPossessive(p placed, s Sentence, end map[int]placed, span graph.Span) {
	if rb.rankedMember(p, s, end, span) {
		return // "Air Force Maj. Gen. X"
	}
	d := rb.d
	k := p.tokStart - 1
	if k > s.TokStart && (honorifics[low(d.Tokens[k])] || honorifics[strings.TrimSuffix(low(d.Tokens[k]), ".")]) {
		k--
	}
	if k <= s.TokStart || !possessiveAt(d, k) {
		return
	}
	t, ok := end[k]
	if !ok || rb.ex.Entities[t.ent].Type != graph.Organization || partyLike(rb.ex.Entities[t.ent].Name) {
		return
	}
	// A country read as an organization (a national team) owns its
	// players' nationality, not their employer: "Slovakia's X".
	if rb.gz != nil && slices.ContainsFunc(rb.gz.Find(rb.ex.Entities[t.ent].Name), func(m gazetteer.Match) bool { return m.Entry.Type == graph.Country }) {
		return
	}
	// A one-word "person" after a possessive is mostly a product or a
	// unit ("Microsoft's Xbox"): a full name is wanted.
	if !strings.Contains(rb.ex.Entities[p.ent].Name, " ") {
		return
	}
	// The name must end a phrase of its own: "Acme's Tulis said", not
	// "Acme's Oster division" (a unit read as a person).
	if n := p.tokEnd; n < s.TokEnd {
		if t := d.Tokens[n]; t.Word() && !speechVerbs[low(t)] && (!clauseLinks[low(t)] || low(t) == "and" || low(t) == "or") {
			return
		}
	}
	rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confLedBy, nil)
}

// memberOfBody reads "P of (the) T", "P, of T" and, for a speaker, "P
// at T" (speakerAt) for an organization T:
// the person works for or belongs to it ("X of the FBI"); a firm class
// noun may name T's kind ("X, of brokers T", "X of accounting firm T").
func (rb *relBuilder) memberOfBody(p placed, s Sentence, at map[int]placed, span graph.Span) {
	d := rb.d
	k := p.tokEnd
	if k < s.TokEnd && d.Tokens[k].Text == "," {
		k++
	}
	if k+1 >= s.TokEnd || low(d.Tokens[k]) != "of" && (low(d.Tokens[k]) != "at" || k != p.tokEnd) {
		return
	}
	prep := low(d.Tokens[k])
	k++
	if low(d.Tokens[k]) == "the" {
		k++
	}
	k = skipFirmClass(d, k, s.TokEnd) // "X, of brokers T"
	t, ok := at[k]
	if !ok || rb.ex.Entities[t.ent].Type != graph.Organization {
		return
	}
	if prep == "at" && !rb.speakerAt(p, t, s, at) {
		return // "met X at the Treasury": where, not whom X works for
	}
	rb.add(p.ent, t.ent, graph.AffiliatedWith, span, confLedBy, nil)
	// "X of A and B": both.
	if e := t.tokEnd; e+1 < s.TokEnd && low(d.Tokens[e]) == "and" {
		if u, ok := at[e+1]; ok && rb.ex.Entities[u.ent].Type == graph.Organization {
			rb.add(p.ent, u.ent, graph.AffiliatedWith, span, confLedBy, nil)
		}
	}
}

// speakerAt reports whether "P at T" names the speaker of a quote and
// the firm they speak from: a speech verb right before P ("said X at T")
// or right after T, a place allowed between ("X at T in Leeds said").
func (rb *relBuilder) speakerAt(p, t placed, s Sentence, at map[int]placed) bool {
	d := rb.d
	if p.tokStart > s.TokStart && speechVerbs[low(d.Tokens[p.tokStart-1])] {
		return true
	}
	k := t.tokEnd
	if k+1 < s.TokEnd && low(d.Tokens[k]) == "in" {
		if q, ok := at[k+1]; ok && rb.ex.Entities[q.ent].Type == graph.Place {
			k = q.tokEnd
		}
	}
	return k < s.TokEnd && speechVerbs[low(d.Tokens[k])]
}

// headVerbs say that their subject heads their object: "X heads the Y
// group", "X chaired Y".
var headVerbs = map[string]bool{"heads": true, "headed": true, "leads": true, "chairs": true, "chaired": true, "runs": true, "ran": true}

// headsBody reads "P heads|headed|chairs (the) T" and "P, who (also)
// heads T" for an organization or party T.
func (rb *relBuilder) headsBody(p placed, s Sentence, at map[int]placed, span graph.Span) {
	d := rb.d
	k := p.tokEnd
	// ", who (also|now) heads T".
	if k+1 < s.TokEnd && d.Tokens[k].Text == "," && low(d.Tokens[k+1]) == "who" {
		k += 2
	}
	if k < s.TokEnd && (low(d.Tokens[k]) == "also" || low(d.Tokens[k]) == "now" || low(d.Tokens[k]) == "still") {
		k++
	}
	if k+1 >= s.TokEnd || !headVerbs[low(d.Tokens[k])] {
		return
	}
	k++
	if low(d.Tokens[k]) == "the" {
		k++
	}
	if t, ok := at[k]; ok {
		switch rb.ex.Entities[t.ent].Type {
		case graph.Organization, graph.Party:
			rb.add(p.ent, t.ent, graph.Leads, span, confLedBy, nil)
		}
	}
}

// possessiveRoleBeforeComma reads "T's <role>, P" with the comma at token
// c: "the Bank of England's governor, X, said", "Acme said its chairman,
// X, would retire" (with "its" a reference to Acme).
func (rb *relBuilder) possessiveRoleBeforeComma(p placed, s Sentence, end map[int]placed, c int,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	j := c
	for j > s.TokStart && rb.roleTok(j-1, s.TokStart, c) {
		j--
	}
	if j == c || j-1 < s.TokStart {
		return false
	}
	owner, ok := possessiveOwner(d, j, s.TokStart)
	if !ok {
		return false
	}
	r, ok := rb.roleFrom(j, c)
	if !ok || r.end != c {
		return false
	}
	t, ok := end[owner]
	if !ok {
		return false
	}
	switch rb.ex.Entities[t.ent].Type {
	case graph.Country, graph.Organization, graph.Party:
		emit(p, t, r, confAdjacent, false)
		return true
	}
	return false
}

// firmClassNouns, with companyNouns, say what kind of body follows them.
var firmClassNouns = lexicon.Set("firm_class_nouns")

// skipFirmClass returns the token after one or two lower-case words at
// token k that end in a firm class noun ("brokers", "accounting firm"),
// else k.
func skipFirmClass(d *Document, k, stop int) int {
	for n := 1; n <= 2 && k+n < stop; n++ {
		ok := true
		for j := k; j < k+n; j++ {
			if t := d.Tokens[j]; !t.Word() || t.Cap() || titleStopWords[low(t)] {
				ok = false
			}
		}
		if l := low(d.Tokens[k+n-1]); ok && (firmClassNouns[l] || companyNouns[l]) {
			return k + n
		}
	}
	return k
}
