package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// Words of newspapers' names (see newspaper).
var (
	newspaperWords    = lexicon.Set("ner_newspaper_words")
	newspaperOpenings = lexicon.Set("ner_newspaper_openings")
)

// newspapers types as an organization each name of a newspaper that the
// model called a place, country, person or misc: "Velland Star" is no
// place (see newspaper).
func (m *Model) newspapers(sents [][]string, chunks [][]Chunk) {
	for si, cs := range chunks {
		for i, c := range cs {
			switch c.Type {
			case FinePlace, FineCountry, FinePerson, FineMisc:
				if m.newspaper(sents[si][c.Start:c.End]) {
					cs[i].Type = FineOrganization
				}
			}
		}
	}
}

// newspaper reports whether a name of two words or more is a newspaper's:
// its last word is a newspaper word ("Star", "Times") and the words
// before it are a place or country the gazetteer knows ("Velland Star"),
// or begin with a newspaper's opening ("The Sunday Herald", "Daily
// Mirror").
func (m *Model) newspaper(toks []string) bool {
	n := len(toks)
	if n < 2 || !newspaperWords[strings.ToLower(toks[n-1])] {
		return false
	}
	if newspaperOpenings[strings.ToLower(toks[0])] {
		return true
	}
	return m.spanGaz(toks[:n-1])&(1<<gazPlace|1<<gazCountry) != 0
}
