package ner

import "strings"

// nonPersonGaz are the gazetteer classes that make a name something else
// than a person's: a word the gazetteer knows as a party, country,
// organization or place keeps the model's type.
const nonPersonGaz = 1<<gazParty | 1<<gazCountry | 1<<gazOrg | 1<<gazPlace | 1<<gazPartyAlias

// personMentions retypes as a person an organization's name that the
// document names a person by elsewhere: the last word of a person's name
// of two words or more, standing alone ("Quillby" after "Ada Quillby"),
// or such a name whole; and a one-word name, not in capitals, before
// a predicate only people take ("Quillby was born", "Quillby
// married"; lexicon.PersonPredicates). Biographies and news name a person by
// surname after the first mention, and the model, seeing a capitalised
// word alone, often calls it an organization. A name the gazetteer knows
// as something else than a person, or one of the lexicon's well-known
// organizations, keeps its type.
func (m *Model) personMentions(sents [][]string, chunks [][]Chunk) {
	people := map[string]bool{}
	for si, cs := range chunks {
		for _, c := range cs {
			if c.Type != FinePerson {
				continue
			}
			s := sents[si]
			if c.End-c.Start < 2 {
				continue // a word alone is too weak a person's name
			}
			people[strings.Join(s[c.Start:c.End], " ")] = true
			if last := s[c.End-1]; len(last) > 2 && capitalised(last) {
				people[last] = true
			}
		}
	}
	for si, cs := range chunks {
		s := sents[si]
		for i, c := range cs {
			if c.Type != FineOrganization {
				continue
			}
			name := s[c.Start:c.End]
			lone := len(name) == 1 && strings.ToUpper(name[0]) != name[0] && predicateAt(s, c.End)
			if !lone && !people[strings.Join(name, " ")] || m.spanGaz(name)&nonPersonGaz != 0 || knownOrgName(name) {
				continue
			}
			cs[i].Type = FinePerson
		}
	}
}
