package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// partyCueWords are the words after a name that make it a party's
// ("candidate", "councillors", "MP").
var partyCueWords = lexicon.Set("ner_party_cues")

// partyCues retypes as a party an organization's name followed by a word
// only a party's takes ("the Velland First candidate", "Ostrian Greens
// councillors", "the Unity ticket"), and then every other mention of the
// same name in the document that the model also called an organization:
// the model calls a party an organization when its name holds no party
// word. A name headed by an institution's word ("Senate candidate",
// "Council nominee") is no party's.
func partyCues(sents [][]string, chunks [][]Chunk) {
	var parties map[string]bool
	for si, cs := range chunks {
		s := sents[si]
		for i, c := range cs {
			if c.Type != FineOrganization || c.End >= len(s) || !partyCueWords[strings.ToLower(s[c.End])] {
				continue
			}
			if h := strings.ToLower(s[c.End-1]); institutionHeads[h] || houseHeads[h] {
				continue
			}
			cs[i].Type = FineParty
			if parties == nil {
				parties = map[string]bool{}
			}
			parties[strings.Join(s[c.Start:c.End], " ")] = true
		}
	}
	if parties == nil {
		return
	}
	for si, cs := range chunks {
		for i, c := range cs {
			if c.Type == FineOrganization && parties[strings.Join(sents[si][c.Start:c.End], " ")] {
				cs[i].Type = FineParty
			}
		}
	}
}
