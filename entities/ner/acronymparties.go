package ner

import "strings"

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
// Disarmament (CND)", "Academy of Sciences") keeps its type.
func acronymParties(s []string, cs []Chunk) {
	for i := 0; i+1 < len(cs); i++ {
		c, a := cs[i], cs[i+1]
		if c.Type != FineOrganization || a.Type != FineParty || a.Start != c.End+1 || a.End != a.Start+1 {
			continue
		}
		if a.End < len(s) && s[c.End] == "(" && s[a.End] == ")" && !orgHeaded(s[c.Start:c.End]) {
			cs[i].Type = FineParty
		}
	}
}
