package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// possessiveCompanies extends a company's name over the possessive word
// that opens it: "Quillby's Ratings Service Inc said" is the company
// "Quillby's Ratings Service Inc", not a person's or a town's "Quillby"
// owning a "Ratings Service Inc" (firms named after their founder keep
// the possessive: a store, an auction house, a rating agency). The name
// must end with a corporate word ("Inc", "Corp", "Holdings"), and the
// possessive word be capitalised, glued to its "'s", and not read by
// another mention but a one-word organization's, a small town's or a
// person's the recognizer alone typed (absorbable), which the company takes in
// ("Japan's Nihon Steel Corp" is Japan's: the country is a mention of
// its own). The word must open the sentence or follow a word
// in lower case or a punctuation mark, not a capitalised word ("Ada
// Quillby's Holdings Inc" is hers).
//
// Once a company's name opens with a possessive, a one-word mention of
// that word before "'s" elsewhere in the article ("Quillby's said") is
// the company's short form, an organization whatever the recognizer
// read, which linking joins to the full name (ingest: a company named
// with a possessive has the word without it as a short form).
func possessiveCompanies(d *Document, keys []string, mentions []Mention) []Mention {
	var owners map[string]bool // keys of the possessive words that open companies
	for i := range mentions {
		m := &mentions[i]
		k := m.TokStart - 2
		if m.Type != graph.Organization || k < 0 || !corporateWords[keys[m.TokEnd-1]] || !possessiveCompanyWord(d, k) {
			continue
		}
		other := slices.IndexFunc(mentions, func(o Mention) bool { return o.TokStart <= k+1 && o.TokEnd > k && o.Start != m.Start })
		if other >= 0 && !absorbable(d, keys, mentions, mentions[other], k) {
			continue
		}
		if other >= 0 {
			mentions[other].TokEnd = mentions[other].TokStart // dropped below
		}
		m.TokStart, m.Start = k, d.Tokens[k].Start
		if owners == nil {
			owners = map[string]bool{}
		}
		owners[keys[k]] = true
	}
	if owners == nil {
		return mentions
	}
	mentions = slices.DeleteFunc(mentions, func(m Mention) bool { return m.TokEnd <= m.TokStart })
	for i := range mentions {
		m := &mentions[i]
		if m.TokEnd-m.TokStart == 1 && owners[keys[m.TokStart]] && m.TokEnd < len(d.Tokens) && isPossessive(d.Tokens[m.TokEnd]) && !d.Tokens[m.TokEnd].Space && m.Type != graph.Country {
			m.Type, m.Entry, m.Source = graph.Organization, nil, "repeat"
		}
	}
	return mentions
}

// absorbable reports whether mention o, which reads the possessive word
// k before a company, may be taken into the company's name: a one-word
// organization, a small town of the gazetteer (smallTown: "Hollister's
// Ratings Service Inc" is no town's firm, while a city may own one)
// whose word is no well-known company's (that company owns the firm
// named after its "'s"), or a one-word person only the recognizer typed whose
// surname no longer person's name of the article ends with ("Ada
// Quillby ... Quillby's Holdings Inc" is hers).
func absorbable(d *Document, keys []string, mentions []Mention, o Mention, k int) bool {
	if o.TokStart != k || o.TokEnd != k+1 {
		return false
	}
	switch {
	case o.Type == graph.Organization || o.Entry != nil && smallTown(o.Entry) && !knownOneWordOrg(keys[k]):
		return true
	case o.Type != graph.Person || o.Source != "model":
		return false
	}
	return !slices.ContainsFunc(mentions, func(p Mention) bool {
		return p.Type == graph.Person && p.TokEnd-p.TokStart >= 2 && keys[p.TokEnd-1] == keys[k]
	})
}

// possessiveCompanyWord reports whether token k is a capitalised word
// glued to a possessive "'s" that a spaced word follows, opening its
// sentence or after a word in lower case or a punctuation mark.
func possessiveCompanyWord(d *Document, k int) bool {
	t := d.Tokens[k]
	if !t.Word() || !t.Cap() || allCaps(t.Text) || !isPossessive(d.Tokens[k+1]) || d.Tokens[k+1].Space {
		return false
	}
	if k == 0 || isSentenceStart(d, k) {
		return true
	}
	p := d.Tokens[k-1]
	return !p.Word() || !p.Cap()
}

// knownOneWordOrg reports whether token key k is the whole name of a
// well-known organization (lexicon.KnownOrganizations).
func knownOneWordOrg(k string) bool {
	return slices.ContainsFunc(knownOrgs[k], func(o knownOrg) bool { return len(o.toks) == 1 })
}
