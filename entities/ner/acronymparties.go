package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// areaDemonyms are the adjectives of world areas and regions that are not
// countries ("European", "African"), from the lexicon's region demonyms.
var areaDemonyms = lexicon.Pairs("region_demonyms")

// listOrgHeaded is orgHeaded for a name in a list of parties (see
// partyLists): "Union" before a complement ("Union for Trentino", "Union
// of Democratic Forces") heads a party's name as often as a trade
// union's, so there it does not keep the name from the list's type. A
// name ending in "Union" ("European Union") keeps its own.
func listOrgHeaded(toks []string) bool {
	for i, t := range toks {
		l := strings.ToLower(t)
		if l == "union" && i+1 < len(toks) && nameLinks[strings.ToLower(toks[i+1])] {
			continue
		}
		if orgHeads[l] && !partyHeads[l] {
			return true
		}
	}
	return false
}

// acronymParties types as a party an organization's name whose acronym,
// in parentheses right after it, the model called a party's ("Centrists
// for Europe (CpE)"): the model knows party acronyms better than the
// long names of small or foreign parties, which hold no party word. A
// name holding the head of another kind of body ("Campaign for Nuclear
// Disarmament (CND)", "Academy of Sciences") keeps its type, and so does
// one the gazetteer or the lexicon knows as an organization's (or whose
// acronym the gazetteer knows as one: "World Food Programme (WFP)"), or one
// opening with a demonym, as the names of unions of states do ("European
// Community (EC)": "EC" is also a party's acronym).
//
// Only a fine model's party acronym counts: the rules of FineType, which
// type a coarse model's names, call any acronym of the gazetteer's 6,700
// parties a party's ("LCD", "MFA" in news), and so say nothing of the
// long name.
func (m *Model) acronymParties(sents [][]string, chunks [][]Chunk) {
	if !m.fine() {
		return
	}
	for si, cs := range chunks {
		s := sents[si]
		for i := 0; i+1 < len(cs); i++ {
			c, a := cs[i], cs[i+1]
			if c.Type != FineOrganization || a.Type != FineParty || a.Start != c.End+1 || a.End != a.Start+1 {
				continue
			}
			if a.End >= len(s) || s[c.End] != "(" || s[a.End] != ")" {
				continue
			}
			name := s[c.Start:c.End]
			if !orgHeaded(name) && (m.spanGaz(name)|m.spanGaz(s[a.Start:a.End]))&(1<<gazOrg) == 0 && !knownOrgName(name) && !m.demonym(name[0]) {
				cs[i].Type = FineParty
			}
		}
	}
}

// demonym reports whether a word is a country's demonym (the gazetteer's)
// or a world area's or region's (the lexicon's).
func (m *Model) demonym(w string) bool {
	_, ok := areaDemonyms[strings.ToLower(w)]
	return ok || m.spanGaz([]string{w})&(1<<gazDemonym) != 0
}
