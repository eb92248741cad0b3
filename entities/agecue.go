package entities

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// agedPersons reads as a person a name that only the trained recognizer
// typed an organization or place when the article gives its age in
// apposition: "Taylor, 27, has released". Every mention of that name is
// retyped, and so is a name of two or three words that only the
// recognizer typed an organization and whose first or last word is the
// aged name ("Taylor Swift's new song" before "Taylor, 27,"): one
// article's mentions of a name vote for one type. A name the gazetteer
// knows keeps its type unless it is a small town only the recognizer
// found (modelTown's rule); a name in capitals is an acronym, and a name
// with a head noun or corporate word ("Halvern Foods") a company.
func agedPersons(d *Document, mentions []Mention) []Mention {
	var aged map[string]bool
	for _, m := range mentions {
		if !modelTyped(d, m) || m.TokEnd-m.TokStart > 3 || companyWord(d, m) || !ageAfter(d, m.TokEnd) {
			continue
		}
		if aged == nil {
			aged = map[string]bool{}
		}
		aged[strings.ToLower(m.Text(d))] = true
	}
	if aged == nil {
		return mentions
	}
	for i := range mentions {
		m := &mentions[i]
		if !modelTyped(d, *m) || m.TokEnd-m.TokStart > 3 {
			continue
		}
		first, last := low(d.Tokens[m.TokStart]), low(d.Tokens[m.TokEnd-1])
		if aged[strings.ToLower(m.Text(d))] || m.TokEnd-m.TokStart > 1 && (aged[first] || aged[last]) && !companyWord(d, *m) {
			m.Type, m.Entry = graph.Person, nil
		}
	}
	return mentions
}

// ageAfter reports whether tokens from k are ", <age> ,": a number from 1
// to 119 between commas, a space after the first and after the second
// ("sailors and Marines, 6,000 troops" holds no age).
func ageAfter(d *Document, k int) bool {
	if k+3 >= len(d.Tokens) || d.Tokens[k].Text != "," || d.Tokens[k+2].Text != "," || !d.Tokens[k+1].Space || d.Tokens[k+2].Space || !d.Tokens[k+3].Space {
		return false
	}
	n, err := strconv.Atoi(d.Tokens[k+1].Text)
	return err == nil && n >= 1 && n < 120
}

// modelTyped reports whether m is an organization or place in letters,
// not in capitals, that only the recognizer typed: no gazetteer entry, or
// a small town's.
func modelTyped(d *Document, m Mention) bool {
	if m.Type != graph.Organization && m.Type != graph.Place || m.Source != "model" || allCaps(m.Text(d)) {
		return false
	}
	return m.Entry == nil || smallTown(m.Entry)
}

// companyWord reports whether a word of m is a head noun or a corporate
// word: such a name is an institution's, whatever its other words.
func companyWord(d *Document, m Mention) bool {
	for k := m.TokStart; k < m.TokEnd; k++ {
		l := strings.TrimSuffix(low(d.Tokens[k]), ".")
		if _, head := headNouns[l]; head || corporateWords[l] || companyHeads[l] {
			return true
		}
	}
	return false
}
