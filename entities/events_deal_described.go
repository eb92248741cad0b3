package entities

import "strings"

// A deal's object or partner is often named after a description that
// opens with the country it comes from: "WPP bought US rival Grey
// Global", "LNM merged with Dutch firm Ispat", "took over the British
// bank Abbey National". objectNameStart already steps over a lower-case
// description ("nuclear fuel giant Y"); a capitalised country word before
// it stopped it, so the verb's object read as the country and no deal
// was made. countryDescribedStart steps over that country word too when
// the description ends in a company noun, which says the name after it is
// the firm ("US assets of Y", "British Airways" are no such description).

// describedCompanyHeads end a description of a firm before its name:
// the company nouns of the org-context stage and the words business news
// uses for one firm seen from another.
var describedCompanyHeads = func() map[string]bool {
	m := map[string]bool{"rival": true, "competitor": true, "peer": true, "partner": true, "counterpart": true,
		"firm": true, "company": true, "concern": true}
	for w := range companyNouns {
		m[w] = true
	}
	return m
}()

// countryAbbreviations are the capitalised short forms of a country that
// news writes before a description of a firm ("US rival", "UK bank").
var countryAbbreviations = map[string]bool{"us": true, "u.s.": true, "uk": true, "u.k.": true, "eu": true}

// countryWord reports whether t may be the country word of a description
// opening a firm's name: an abbreviation or a demonym adjective
// ("Dutch", "Japanese", "Italian"; adjectiveDemonym).
func countryWord(t Token) bool {
	if !t.Cap() || !t.Word() && !strings.Contains(t.Text, ".") {
		return false
	}
	return countryAbbreviations[low(t)] || adjectiveDemonym(t.Text)
}

// countryDescribedStart returns the first token of the name that a
// country word (one or two capitalised words: "South Korean") and at most
// three lower-case words ending in a company noun open at token k, or k
// when there is no such description.
func countryDescribedStart(d *Document, k int) int {
	c := k
	if c+1 < len(d.Tokens) && d.Tokens[c].Cap() && d.Tokens[c].Word() && countryWord(d.Tokens[c+1]) && !countryWord(d.Tokens[c]) {
		c++ // "South Korean", "West German"
	}
	if c >= len(d.Tokens) || !countryWord(d.Tokens[c]) || d.Tokens[c].Break {
		return k
	}
	j := c + 1
	for n := 0; n < 3 && j < len(d.Tokens) && d.Tokens[j].Word() && !d.Tokens[j].Cap() && !d.Tokens[j].Break &&
		!groupStopWords[low(d.Tokens[j])] && !numberWords[low(d.Tokens[j])]; n++ {
		j++
	}
	if j == c+1 || j >= len(d.Tokens) || !describedCompanyHeads[low(d.Tokens[j-1])] || d.Tokens[j-1].Break {
		return k
	}
	if t := d.Tokens[j]; !t.Cap() && t.Text != "<" {
		return k
	}
	return j
}

// firmDescribedAt reports whether the name at token s follows token at
// after only a description of a firm: "the", then a country word and a
// description ending in a company noun ("of US rival Y") or a lower-case
// description ending in one ("of the steel maker Y"). A phrase's "of"
// takes its side right after it; such a description still names the
// side (phraseSideAt, events_phrase.go).
func firmDescribedAt(d *Document, at, s int) bool {
	if at < s && low(d.Tokens[at]) == "the" {
		at++
	}
	if at >= s || countryDescribedStart(d, at) == s {
		return at < s
	}
	for k := at; k < s; k++ {
		if t := d.Tokens[k]; !t.Word() || t.Cap() || t.Break || groupStopWords[low(t)] || k-at >= 3 {
			return false
		}
	}
	return describedCompanyHeads[low(d.Tokens[s-1])]
}
