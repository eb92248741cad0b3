package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// institutionHeads are the head words of bodies that are neither parties
// nor people ("Committee", "Foundation", "Parishad").
var institutionHeads = lexicon.Set("ner_institution_heads")

// foreignLinks are lower-case words of other languages inside names
// ("des", "für", "della").
var foreignLinks = lexicon.Set("ner_foreign_links")

// foreignNames extends the organization and party names of a sentence
// over the foreign links after them and the capitalised words (and
// names) those lead to: the model, trained on English, cuts "Parti des
// Réformes et des Libertés de Velland" at "des". The extended name keeps
// the type of its first part. A name also takes in the capitalised words
// and link right before it ("Partei für [Freiheit]"). It returns the
// sentence's chunks.
func foreignNames(s []string, cs []Chunk) []Chunk {
	for i := 0; i < len(cs); i++ {
		c := &cs[i]
		if c.Type != FineOrganization && c.Type != FineParty {
			continue
		}
		lo := 0
		if i > 0 {
			lo = cs[i-1].End
		}
		if p := c.Start - 1; p-1 >= lo && foreignLinks[s[p]] && capitalised(s[p-1]) {
			st := p - 1
			for st-1 >= lo && (capitalised(s[st-1]) || foreignLinks[s[st-1]] && st-2 >= lo && capitalised(s[st-2])) {
				st--
			}
			c.Start = st
		}
		for {
			e := c.End
			if e+1 >= len(s) || !foreignLinks[s[e]] {
				break
			}
			q := e + 1
			for q < len(s) && foreignLinks[s[q]] {
				q++ // "et des"
			}
			if q >= len(s) || !capitalised(s[q]) {
				break
			}
			for q < len(s) && capitalised(s[q]) {
				q++
			}
			// Names inside the extension are taken in.
			j := i + 1
			for j < len(cs) && cs[j].Start < q {
				q = max(q, cs[j].End)
				j++
			}
			c.End = q
			cs = append(cs[:i+1], cs[j:]...)
			c = &cs[i]
		}
	}
	return cs
}

// institution returns the type of a name whose head is an institution's:
// a person or party name so headed is an organization's ("Velland Kennedy
// School", "Ostrian National Committee", "Ostria Hindu Parishad"); other
// names keep typ. The head is the last word before "of", "for" or "on",
// or the last word: "Central Committee of the Velland Party" is headed
// by Committee. A person's head is the last word alone, and a party the
// gazetteer knows keeps its type. A party name the gazetteer knows as an
// organization's and not as a party's is the organization's too
// ("UNESCO").
func (m *Model) institution(typ string, toks []string) string {
	switch {
	case typ == FinePerson && len(toks) >= 2 && institutionHeads[strings.ToLower(toks[len(toks)-1])]:
		return FineOrganization
	case typ == FineMisc && miscBody(toks):
		return FineOrganization
	case typ != FineParty:
		return typ
	}
	g := m.spanGaz(toks)
	if g&(1<<gazParty) != 0 {
		return typ
	}
	if institutionHeads[strings.ToLower(nameHead(toks))] || g&(1<<gazOrg) != 0 && g&(1<<gazPartyAlias) == 0 {
		return FineOrganization
	}
	return typ
}

// miscNotBodies are organization heads that also end the names of things
// the model rightly calls misc: competitions ("Premier League", "Lipton
// International"), campaigns and movements, doctrines ("New World Order"),
// concerts ("Live Aid"), unions of currencies ("European Monetary Union"),
// party congresses and fronts, which are events or parties, and products
// and buildings ("Media Centre", "World Trade Center").
var miscNotBodies = map[string]bool{
	"aid": true, "campaign": true, "center": true, "centre": true, "congress": true, "front": true,
	"international": true, "league": true, "movement": true, "order": true, "union": true,
}

// miscBody reports whether a name the model typed misc is a body's: two
// words or more, headed (nameHead) by a capitalised organization head
// that is no party's head ("World Economic Forum", "Asian Development
// Bank", "Court of Appeal"). The model, trained on CoNLL, reads many
// bodies named by adjectives ("World", "Economic", "European") as misc,
// and ingest drops misc names, so such a body went missing altogether.
func miscBody(toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	h := nameHead(toks)
	l := strings.ToLower(h)
	return capitalised(h) && orgHeads[l] && !partyHeads[l] && !miscNotBodies[l]
}

// nameHead returns the last word of a name before its first name link
// ("of", "for", "on"), or its last word.
func nameHead(toks []string) string {
	for i, t := range toks {
		if i > 0 && nameLinks[t] {
			return toks[i-1]
		}
	}
	return toks[len(toks)-1]
}

// headOf returns the word before a name's first "of", or "" when it has
// none.
func headOf(toks []string) string {
	for i, t := range toks {
		if i > 0 && t == "of" {
			return toks[i-1]
		}
	}
	return ""
}

// partyAliasAcronyms retypes as parties the acronyms typed organization
// that the gazetteer knows as a party's other name and not as an
// organization's ("AKP", "UMNO"), in a document that names at least two
// parties: politics is what it is about there. An acronym means too many
// things to be a party's on its own.
func (m *Model) partyAliasAcronyms(sents [][]string, chunks [][]Chunk) {
	parties := 0
	for _, cs := range chunks {
		for _, c := range cs {
			if c.Type == FineParty {
				parties++
			}
		}
	}
	if parties < 2 {
		return
	}
	for si, cs := range chunks {
		for i, c := range cs {
			if c.Type != FineOrganization || c.End != c.Start+1 || !acronym(sents[si][c.Start]) {
				continue
			}
			if g := m.spanGaz(sents[si][c.Start:c.End]); g&(1<<gazPartyAlias) != 0 && g&(1<<gazOrg) == 0 {
				cs[i].Type = FineParty
			}
		}
	}
}
