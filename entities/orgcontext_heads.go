package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Two more org-context cues (see orgContext), both about the words right
// around a name the recognizer read as a person or a place:
//
//	<Name>'s <company head role>     X, DaimlerChrysler's chairman; BT's managing director
//	<company noun>(,) <Name>         confectionery firm, Cadbury Schweppes; oil giant Yukos
//
// A person has no chairman or chief executive of their own, so the
// possessive makes the name a company. The first cue also retypes a short
// acronym the gazetteer read as a country or party ("BT", "ATR"): a
// country's "managing director" is no office of the state.

// headRoles are the offices at the head of a company that a possessive
// name may own; "president" is left out (a country's president).
var headRoles = map[string]bool{"chairman": true, "chairwoman": true, "boss": true, "ceo": true}

// headRolePairs are the two-word company head roles.
var headRolePairs = map[string]bool{"chief executive": true, "managing director": true,
	"finance director": true, "chief operating": true, "chief financial": true}

// companyAppositionNouns are the company nouns that may stand right before
// a company's name; "maker", "producer", "operator" and "carrier" also
// name people's trades ("film maker X") and are left out.
var companyAppositionNouns = map[string]bool{"company": true, "firm": true, "conglomerate": true, "airline": true,
	"bank": true, "lender": true, "insurer": true, "retailer": true, "carmaker": true, "manufacturer": true,
	"giant": true, "subsidiary": true}

// companyHeadAfter reports whether m is followed by a possessive and a
// company head role: "DaimlerChrysler's chairman".
func companyHeadAfter(d *Document, m Mention) bool {
	k := m.TokEnd
	if k+1 >= len(d.Tokens) || !possessiveAt(d, k) {
		return false
	}
	if headRoles[low(d.Tokens[k+1])] {
		return true
	}
	return k+2 < len(d.Tokens) && headRolePairs[low(d.Tokens[k+1])+" "+low(d.Tokens[k+2])]
}

// acronymMisread reports whether m is a short all-capital name the
// gazetteer read as a country or a party: "BT", "ATR".
func acronymMisread(d *Document, m Mention) bool {
	if m.Type != graph.Country && m.Type != graph.Party || m.TokEnd-m.TokStart != 1 {
		return false
	}
	t := d.Tokens[m.TokStart]
	return t.Upper() && len(t.Text) >= 2 && len(t.Text) <= 4 && !strings.Contains(t.Text, ".") && !stateAcronyms[t.Text]
}

// stateAcronyms are the acronyms news uses for states and unions of them;
// they stay what the gazetteer says.
var stateAcronyms = map[string]bool{"US": true, "USA": true, "UK": true, "EU": true, "UAE": true, "USSR": true, "UN": true}

// companyNounBefore reports whether a company noun stands right before m,
// or before a comma before it: "oil giant Yukos", "the world's biggest
// confectionery firm, Cadbury Schweppes". The noun must be lower case
// and not itself owned by a name ("Acme's bank X" is someone's bank).
func companyNounBefore(d *Document, m Mention) bool {
	k := m.TokStart - 1
	if k >= 0 && d.Tokens[k].Text == "," {
		k--
	}
	if k < 1 || !companyAppositionNouns[d.Tokens[k].Text] {
		return false
	}
	return !isPossessive(d.Tokens[k-1])
}

// companyHeadCues applies the two cues to mentions, adding the texts it
// makes companies to retyped. It returns the first words of the names of
// two words or more it retyped: the short form a story uses for the
// company ("Cadbury" for "Cadbury Schweppes") is a company too where the
// recognizer read it as a person.
func companyHeadCues(d *Document, mentions []Mention, retyped map[string]bool) map[string]bool {
	short := map[string]bool{}
	for _, m := range mentions {
		switch {
		case retypable(m) && (companyHeadAfter(d, m) || companyNounBefore(d, m)):
		case acronymMisread(d, m) && companyHeadAfter(d, m):
		default:
			continue
		}
		retyped[strings.ToLower(m.Text(d))] = true
		if m.TokEnd-m.TokStart >= 2 && d.Tokens[m.TokStart].Word() {
			short[low(d.Tokens[m.TokStart])] = true
		}
	}
	return short
}
