package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// bodyNotParty retypes the organization the recognizer read as a party
// from one word that names a body in most news: a legislature's chamber
// ("Congress", "Assembly": chamberNames) or the last word of an
// organization the article names in full ("the Community" after
// "European Community"). Such a word is a party only in a party's
// context:
//   - a party word, a legislator noun or a bracketed faction mark follows
//     it ("Congress party", "Congress MP", "Congress (I)"), or
//   - the article names a country one of whose parties the gazetteer
//     knows by the word ("Indian National Congress" in an article on
//     India), at least half as often as its most named country.
//
// Elsewhere it is the body, an organization: a legislature named in an
// article from the United States, a bloc named before by its full name.
func bodyNotParty(d *Document, gz *gazetteer.Gazetteer, known, mentions []Mention) []Mention {
	var counts map[string]int
	for i, m := range mentions {
		if m.Type != graph.Party || m.Entry != nil || m.TokEnd-m.TokStart != 1 {
			continue
		}
		word := low(d.Tokens[m.TokStart])
		if !chamberNames[word] && !endsLongerOrg(d, mentions, word) {
			continue
		}
		if partyFollows(d, m.TokEnd) {
			continue
		}
		if counts == nil {
			counts = articleCountries(known)
		}
		if gz != nil && partyCountryNamed(gz, word, counts) {
			continue
		}
		mentions[i].Type = graph.Organization
	}
	return mentions
}

// partyFollows reports whether token i says the word before it is a
// party's name: a party word ("party"), a legislator noun ("MP") or a
// bracketed mark of one to three capitals ("(I)", "(S)").
func partyFollows(d *Document, i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	l := low(d.Tokens[i])
	if l == "party" || l == "parties" || legislatorNouns[l] {
		return true
	}
	if d.Tokens[i].Text == "(" && i+2 < len(d.Tokens) && d.Tokens[i+2].Text == ")" {
		t := d.Tokens[i+1].Text
		return len(t) <= 3 && allCaps(t)
	}
	return false
}

// endsLongerOrg reports whether an organization among mentions is named
// by two or more words, the last of them word ("European Community").
func endsLongerOrg(d *Document, mentions []Mention, word string) bool {
	return slices.ContainsFunc(mentions, func(m Mention) bool {
		return m.Type == graph.Organization && m.TokEnd-m.TokStart > 1 && low(d.Tokens[m.TokEnd-1]) == word
	})
}

// articleCountries counts the gazetteer's readings of countries and
// places in an article by country code.
func articleCountries(known []Mention) map[string]int {
	counts := map[string]int{}
	for _, m := range known {
		if m.Entry != nil && m.Entry.Country != "" && (m.Type == graph.Country || m.Type == graph.Place) {
			counts[m.Entry.Country]++
		}
	}
	return counts
}

// partyCountryNamed reports whether a country with a party the gazetteer
// knows by word is named in the article at least half as often as its
// most named country (counts).
func partyCountryNamed(gz *gazetteer.Gazetteer, word string, counts map[string]int) bool {
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	for _, m := range gz.Lookup(word) {
		if m.Entry.Type == graph.Party && counts[m.Entry.Country] > 0 && 2*counts[m.Entry.Country] >= most {
			return true
		}
	}
	return false
}
