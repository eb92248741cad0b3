package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// companyShortForms reads a one-word place as the company of the article
// whose full name starts with it: after "Magna International Inc",
// "Magna was up 2 dollars" is the company, not the town of Magna. The
// full name must end with a corporate word ("Inc", "Corp", "Group",
// "Ltd"); the word stays a place after a preposition of place ("a plant
// in Magna"), beside another place ("Magna, Utah") and when it is a
// country or a capital. The retyped mention joins the full name in
// resolve, as a company's short name does.
func companyShortForms(d *Document, keys []string, mentions []Mention) []Mention {
	var firsts map[string]bool
	for _, m := range mentions {
		if m.Type != graph.Organization || m.TokEnd-m.TokStart < 2 || !corporateWords[keys[m.TokEnd-1]] || corporateWords[keys[m.TokStart]] {
			continue
		}
		if firsts == nil {
			firsts = map[string]bool{}
		}
		firsts[keys[m.TokStart]] = true
	}
	if firsts == nil {
		return mentions
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Type != graph.Place || m.TokEnd-m.TokStart != 1 || !firsts[keys[m.TokStart]] || m.Entry != nil && (m.Entry.Capital || strings.HasPrefix(m.Entry.ID, "area:") || strings.HasPrefix(m.Entry.ID, "region:")) {
			continue
		}
		if m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])] || placeBeside(d, mentions, m) {
			continue
		}
		if m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Cap() && d.Tokens[m.TokEnd].Word() && d.Tokens[m.TokEnd].Space {
			continue // the start of a longer name
		}
		m.Type, m.Entry, m.Source = graph.Organization, nil, "repeat"
	}
	return mentions
}
