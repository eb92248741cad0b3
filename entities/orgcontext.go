package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Word lists of the org-context stage.
var (
	companyHeads    = lexicon.Set("company_heads")
	companyRoles    = lexicon.Set("company_roles")
	governmentSeats = lexicon.Set("government_seats")
	companyNouns    = lexicon.Set("company_nouns")
)

// orgContext retypes as an organization a name read as a place or a
// person where its own last word or the words around it say it is a
// company (the recognizer reads "Tyson Foods" as a place, and a town
// shares its name with a company):
//
//	<Name> <company head>            Tyson Foods, Mellon Financial
//	<Name> <company role> <Name>     Wembley chairman X, Ifo economist Y
//	<company role> at|with <Name>    an analyst at Z
//	<company head> of <Name>         deputy chairman of Z
//	<seat of government> <role>      White House spokesman X, Kremlin aide
//	<seat of government a town has>  the White House said
//	<Name ... company head>          Basic American Foods (companyRuns)
//	<Name> <head> <role> <Name>      Halvern bank economist X
//	<party name ending in a head>    Popular Securities
//	shares of <Name>, <Name>'s shareholders, <Name> said its (companyCued)
//	said <Person>, <title> <Name>.   said X, senior vice president Y.

// Every mention of the same text is retyped with it, so the company does
// not stay a place elsewhere in the article. Countries, capitals and
// regions keep their type.
func orgContext(d *Document, mentions []Mention) []Mention {
	retyped := map[string]bool{}
	mentions = companyPhrases(d, mentions, retyped)
	mentions = companyRuns(d, mentions, retyped)
	mentions = companyBeforeRole(d, mentions, retyped)
	mentions = companyNamedByHead(d, mentions, retyped)
	short := companyHeadCues(d, mentions, retyped)
	for i, m := range mentions {
		if companyParty(d, m) {
			retyped[strings.ToLower(m.Text(d))] = true
			continue
		}
		if !retypable(m) {
			continue
		}
		if companyNamed(d, m) || companyRoleAfter(d, mentions, i) || companyRoleBefore(d, m) || seatOfGovernment(d, m) || companyCued(d, m) ||
			titledBodyAfterPerson(d, mentions, i) {
			retyped[strings.ToLower(m.Text(d))] = true
		}
	}
	if len(retyped) == 0 {
		return mentions
	}
	for i := range mentions {
		m := &mentions[i]
		if (retypable(*m) || companyParty(d, *m) || acronymMisread(d, *m)) && retyped[strings.ToLower(m.Text(d))] {
			m.Type, m.Entry = graph.Organization, nil
		}
		if m.Type == graph.Person && short[strings.ToLower(m.Text(d))] {
			m.Type, m.Entry = graph.Organization, nil // "Cadbury" after "Cadbury Schweppes"
		}
	}
	return mentions
}

// retypable reports whether m is a place or person that context may make
// a company: no country, capital, region or world area of the gazetteer.
func retypable(m Mention) bool {
	switch m.Type {
	case graph.Place, graph.Person:
	default:
		return false
	}
	if e := m.Entry; e != nil {
		if e.Type != graph.Place || e.Capital || strings.HasPrefix(e.ID, "area:") || strings.HasPrefix(e.ID, "region:") {
			return false
		}
	}
	return true
}

// companyParty reports whether m is a party the gazetteer does not know
// whose name ends in a company head: "Popular Securities" is a firm,
// whatever its first word says.
func companyParty(d *Document, m Mention) bool {
	return m.Type == graph.Party && m.Entry == nil && companyNamed(d, m)
}

// companyNamed reports whether a name of two words or more ends in a
// company head ("Total Foods").
func companyNamed(d *Document, m Mention) bool {
	return m.TokEnd-m.TokStart >= 2 && companyHeads[strings.TrimSuffix(low(d.Tokens[m.TokEnd-1]), ".")]
}

// companyRoleAfter reports whether mention i is followed by a company
// role and a name: "Wembley chairman Claes Hultman".
func companyRoleAfter(d *Document, mentions []Mention, i int) bool {
	m := mentions[i]
	k := m.TokEnd
	if possessiveAt(d, k) {
		k++
	}
	switch {
	case k < len(d.Tokens) && companyRoles[low(d.Tokens[k])]:
		k++
	case k+1 < len(d.Tokens) && low(d.Tokens[k]) == "chief" && low(d.Tokens[k+1]) == "executive":
		k += 2
	default:
		return false
	}
	return i+1 < len(mentions) && mentions[i+1].TokStart == k && mentions[i+1].Type == graph.Person
}

// companyRoleBefore reports whether m follows "<company role> at|with" or
// "<company head> of", a name the gazetteer does not know as a place ("a
// trader at Z", "deputy chairman of Z").
func companyRoleBefore(d *Document, m Mention) bool {
	k := m.TokStart
	if m.Entry != nil || k < 2 {
		return false
	}
	switch low(d.Tokens[k-1]) {
	case "at", "with":
	case "of":
		// "deputy chairman of X", "chief executive of X": only a company
		// head's title ("president of X", "governor of X" head places too).
		return companyHeadOfNouns[low(d.Tokens[k-2])]
	default:
		return false
	}
	return companyRoles[low(d.Tokens[k-2])]
}

// companyHeadOfNouns end the titles of company heads only: the name
// after "of" is a company's.
var companyHeadOfNouns = map[string]bool{"chairman": true, "chairwoman": true, "ceo": true, "executive": true}

// seatOfGovernment reports whether m names a seat of government before a
// role word or a possessive ("White House spokesman", "the Kremlin's
// envoy"), or one the gazetteer reads as a town: news names the office by
// its seat ("the White House said"), far more often than a small town
// that shares the name, and one article's town would be another's office.
func seatOfGovernment(d *Document, m Mention) bool {
	if !governmentSeats[strings.ToLower(m.Text(d))] {
		return false
	}
	if m.Entry != nil && strings.HasPrefix(m.Entry.ID, "place:") {
		return true
	}
	if m.TokEnd >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[m.TokEnd]
	return isPossessive(n) || isRelRoleWord(low(n))
}

// companyPhrases adds or retypes the names of "the <Name> (<word>)
// <company noun>" and extends a demonym after "<company role> at" over the
// capitalised words that follow it.
//
// The texts it makes companies go into retyped.
func companyPhrases(d *Document, mentions []Mention, retyped map[string]bool) []Mention {
	at := map[int]int{} // first token → index in mentions
	covered := make([]bool, len(d.Tokens))
	for i, m := range mentions {
		at[m.TokStart] = i
		for k := m.TokStart; k < m.TokEnd; k++ {
			covered[k] = true
		}
	}
	var added []Mention
	for k := 1; k < len(d.Tokens); k++ {
		if d.Tokens[k-1].LowerText() != "the" || !startsNameAt(d, k, len(d.Tokens)) {
			continue
		}
		e := k
		for e < len(d.Tokens) && e-k < 3 && d.Tokens[e].Word() && d.Tokens[e].Cap() {
			e++
		}
		n := e
		if n < len(d.Tokens) && d.Tokens[n].Word() && !d.Tokens[n].Cap() && !companyNouns[low(d.Tokens[n])] {
			n++ // "the Yukos oil company"
		}
		if n >= len(d.Tokens) || !companyNouns[low(d.Tokens[n])] || sentenceOf(d, d.Tokens[k].Start) != sentenceOf(d, d.Tokens[n].Start) {
			continue
		}
		if i, ok := at[k]; ok && mentions[i].TokEnd == e && retypable(mentions[i]) {
			retyped[strings.ToLower(mentions[i].Text(d))] = true
			continue
		}
		if !slices.Contains(covered[k:e], true) && !roleNouns[low(d.Tokens[k])] && !nonNames[low(d.Tokens[k])] {
			m := Mention{Start: d.Tokens[k].Start, End: d.Tokens[e-1].End, TokStart: k, TokEnd: e,
				Type: graph.Organization, Source: "head", Score: ScoreHead}
			added = append(added, m)
			retyped[strings.ToLower(m.Text(d))] = true
		}
	}
	for i, m := range mentions {
		if m.Type != graph.Country || m.TokStart < 2 || !companyRoles[low(d.Tokens[m.TokStart-2])] || low(d.Tokens[m.TokStart-1]) != "at" {
			continue
		}
		e := m.TokEnd
		for e < len(d.Tokens) && e-m.TokEnd < 3 && d.Tokens[e].Word() && d.Tokens[e].Cap() && !covered[e] {
			e++
		}
		if e > m.TokEnd {
			mentions[i] = Mention{Start: m.Start, End: d.Tokens[e-1].End, TokStart: m.TokStart, TokEnd: e,
				Type: graph.Organization, Source: "head", Score: ScoreHead}
		}
	}
	if len(added) == 0 {
		return mentions
	}
	mentions = append(mentions, added...)
	slices.SortFunc(mentions, func(a, b Mention) int { return a.TokStart - b.TokStart })
	return mentions
}

// startsNameAt reports whether token k (before stop) begins a capitalised
// word: "the company Acme" names its company.
func startsNameAt(d *Document, k, stop int) bool {
	return k < stop && d.Tokens[k].Word() && d.Tokens[k].Cap()
}
