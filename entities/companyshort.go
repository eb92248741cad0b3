package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// universityWords end a university's two-word name ("Halvern
// University"), whose first word, alone, is the university.
var universityWords = map[string]bool{"university": true, "college": true}

// universityPrepositions are the prepositions of place after which a
// university's short name is still the university ("studied at
// Halvern", "graduated from Halvern", "went to Halvern").
var universityPrepositions = map[string]bool{"at": true, "from": true, "to": true}

// companyShortForms reads a one-word place as the company of the article
// whose full name starts with it: after "Magna International Inc",
// "Magna was up 2 dollars" is the company, not the town of Magna. The
// full name must end with a corporate word ("Inc", "Corp", "Group",
// "Ltd"), or be two words ending with "University" or "College" (after
// "Halvern University", "a professor at Halvern" is the university,
// unless Halvern is a city of minFreePopulation or more); the word stays
// a place after a preposition of place ("a plant in Magna"; for a
// university "at", "from" and "to" aside), beside another place ("Magna,
// Utah") and when it is a country or a capital. The retyped mention joins
// the full name in resolve, as a company's short name does.
func companyShortForms(d *Document, keys []string, mentions []Mention) []Mention {
	var firsts map[string]bool // first words of companies; true for a university
	for _, m := range mentions {
		if m.Type != graph.Organization || m.TokEnd-m.TokStart != 2 && !corporateWords[keys[m.TokEnd-1]] || corporateWords[keys[m.TokStart]] {
			continue
		}
		uni := m.TokEnd-m.TokStart == 2 && universityWords[keys[m.TokEnd-1]]
		if !uni && !corporateWords[keys[m.TokEnd-1]] {
			continue
		}
		if firsts == nil {
			firsts = map[string]bool{}
		}
		firsts[keys[m.TokStart]] = firsts[keys[m.TokStart]] || uni
	}
	if firsts == nil {
		return mentions
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Place || m.TokEnd-m.TokStart != 1 || m.Entry != nil && (m.Entry.Capital || strings.HasPrefix(m.Entry.ID, "area:") || strings.HasPrefix(m.Entry.ID, "region:")) {
			continue
		}
		uni, ok := firsts[keys[m.TokStart]]
		if !ok || uni && m.Entry != nil && m.Entry.Population >= minFreePopulation {
			continue // a city that names its university ("Cambridge") stays the city
		}
		if m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] && !(uni && universityPrepositions[low(d.Tokens[m.TokStart-1])]) || placeBeside(d, mentions, m) {
			continue
		}
		if m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Cap() && d.Tokens[m.TokEnd].Word() && d.Tokens[m.TokEnd].Space {
			continue // the start of a longer name
		}
		m.Type, m.Entry, m.Source = graph.Organization, nil, "repeat"
	}
	return mentions
}
