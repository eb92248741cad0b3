package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// knownOrgNames holds the keys (gazetteer.Key) of the names of the
// lexicon's well-known organizations (lexicon.KnownOrganizations).
var knownOrgNames = loadKnownOrgNames()

func loadKnownOrgNames() map[string]bool {
	m := map[string]bool{}
	for _, o := range lexicon.KnownOrganizationNames() {
		m[gazetteer.Key(o.Name)] = true
	}
	return m
}

// knownOrganizations types as an organization each name that is one of
// the lexicon's well-known organizations, whatever the model thought:
// "Alibaba", "Instagram" and "Sejm" are no places or people. The name must
// be capitalised, and a word of five letters or more not in capitals ("SEJM
// VOTES" in a headline is left as it is; "BBC" is the broadcaster).
func knownOrganizations(sents [][]string, chunks [][]Chunk) {
	for si, cs := range chunks {
		s := sents[si]
		for i, c := range cs {
			if c.Type == FineOrganization || !capitalised(s[c.Start]) {
				continue
			}
			if w := s[c.Start]; c.End-c.Start == 1 && len(w) > 4 && strings.ToUpper(w) == w {
				continue
			}
			if knownOrgName(s[c.Start:c.End]) {
				cs[i].Type = FineOrganization
			}
		}
	}
}

// knownOrgName reports whether the words of a name are one of the
// lexicon's well-known organizations'.
func knownOrgName(toks []string) bool {
	return knownOrgNames[gazetteer.Key(strings.Join(toks, " "))]
}
