package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// A country's singular demonym noun ("Finn", "Dane", "Swede") names one
// of its people, never the country; written alone, without a determiner
// ("Rachel and Finn's"), it is more often a person's given name than a
// nationality ("a Finn", "the young Dane"). demonymName reads such a word
// as a person, at a score the trained recognizer's reading of the span
// beats.

// demonymDeterminers are the words before a demonym noun that make it a
// nationality.
var demonymDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "one": true, "another": true, "fellow": true,
	"compatriot": true, "young": true, "every": true, "each": true, "no": true,
	"lone": true, "other": true, "first": true, "last": true, "this": true, "that": true,
}

// demonymName reports whether gazetteer match m of span sp is a singular
// demonym noun written as a name: one token, the entry's demonyms holding
// its plural and an adjective of another ending ("Finnish"), and no
// determiner before it.
func demonymName(d *Document, sp gazSpan, m gazetteer.Match) bool {
	if m.Alias.Kind != gazetteer.KindDemonym || sp.tokEnd-sp.tokStart != 1 {
		return false
	}
	w := m.Alias.Text
	if strings.ContainsRune(w, ' ') || adjectiveEnding(w) {
		return false
	}
	plural, adjective := false, false
	for _, a := range m.Entry.Aliases {
		if a.Kind != gazetteer.KindDemonym {
			continue
		}
		plural = plural || a.Text == w+"s"
		adjective = adjective || adjectiveEnding(a.Text)
	}
	if !plural || !adjective {
		return false
	}
	k := sp.tokStart - 1
	return k < 0 || !demonymDeterminers[low(d.Tokens[k])]
}

// adjectiveEnding reports whether a demonym ends as adjectives do and
// nouns of people do not ("Finnish", "Icelandic", "Surinamese").
func adjectiveEnding(w string) bool {
	for _, s := range []string{"ish", "ic", "ese"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
