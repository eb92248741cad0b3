package entities

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// companyPossessions are the words that, after a name (and a possessive),
// make it a company's: shares, profits, shareholders, a chief executive.
var companyPossessions = lexicon.Set("company_possessions")

// companyStatementVerbs are the verbs of "<Name> said its ...": a person
// says "his" or "her", a company "its".
var companyStatementVerbs = map[string]bool{"said": true, "says": true, "reported": true, "announced": true, "posted": true}

// companyCued reports whether the words around m, a name the gazetteer
// does not know, say it is a company:
//
//	shares of|in <Name>               shares of Halvex rose
//	<Name>('s) <company possession>   Halvex shares, Halvex's shareholders
//	<Name>'s chief executive          Halvex's chief executive said
//	<Name> said|reported its          Halvex said its profit rose
//
// A name the gazetteer knows is left alone ("Frankfurt shares" are the
// shares traded there), and so is a person's name of two words or more
// ("Ada Korvel's shares" are hers); "said its" does not make a person a
// company either, as "its" is often "it's" misspelt.
func companyCued(d *Document, m Mention) bool {
	person := m.Type == graph.Person
	if m.Entry != nil || person && m.TokEnd-m.TokStart > 1 {
		return false
	}
	if k := m.TokStart; k >= 2 && low(d.Tokens[k-2]) == "shares" && (low(d.Tokens[k-1]) == "of" || low(d.Tokens[k-1]) == "in") {
		return true
	}
	k := m.TokEnd
	possessive := possessiveAt(d, k)
	if possessive {
		k++
	}
	if k >= len(d.Tokens) {
		return false
	}
	w := low(d.Tokens[k])
	switch {
	case companyPossessions[w]:
		return true
	case possessive && w == "chief" && k+1 < len(d.Tokens) && low(d.Tokens[k+1]) == "executive":
		return true
	case !possessive && !person && companyStatementVerbs[w] && k+1 < len(d.Tokens) && low(d.Tokens[k+1]) == "its":
		return true
	}
	return false
}
