package entities

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// partyWordRole reads "<party word> <role> P" where the party word is no
// mention but a name of parties in the gazetteer ("Senate Republican
// leader X", "Conservative MP X"): P is a member of the party the word
// names (partyOfWord). It reports whether it added the relation.
func (rb *relBuilder) partyWordRole(p placed, r roleSpan, sentStart int, end map[int]placed, span graph.Span) bool {
	k := r.start - 1
	if k < sentStart || rb.gz == nil {
		return false
	}
	if _, ok := end[r.start]; ok {
		return false
	}
	tok := rb.d.Tokens[k]
	if !tok.Cap() || k == sentStart && !sentenceFirstParty(tok.Text) {
		return false // a sentence's first word is capitalised anyway
	}
	target, ok := rb.partyOfWord(tok.Text)
	if !ok {
		return false
	}
	rb.add(p.ent, target, graph.MemberOf, span, confAdjacent, nil)
	return true
}

// partyOfWord returns the party entity a party word w names where it
// stands before a title or a name, and whether the article lets it be
// told. A party the article names in full wins ("the Conservatives ...
// Conservative MP X"); otherwise the gazetteer's party of that name in
// the country the article's other names point to most. Party Facts holds
// a "Republican" in dozens of countries, so the word alone says nothing;
// within the chosen country the largest party by vote share wins.
func (rb *relBuilder) partyOfWord(w string) (int, bool) {
	if target, ok := rb.namedParty(w); ok {
		return target, true
	}
	if rb.gz == nil {
		return -1, false
	}
	votes := rb.countryVotes()
	var best *gazetteer.Entry
	for _, m := range rb.gz.Find(w) {
		e := m.Entry
		if e.Type != graph.Party || votes[e.Country] < 2 {
			continue
		}
		switch {
		case best == nil, votes[e.Country] > votes[best.Country],
			e.Country == best.Country && e.Share > best.Share:
			best = e
		}
	}
	if best == nil {
		return -1, false
	}
	for _, m := range rb.gz.Find(w) {
		if e := m.Entry; e.Type == graph.Party && e.Country != best.Country && votes[e.Country] == votes[best.Country] {
			return -1, false // two countries tie: no way to tell
		}
	}
	target := rb.ex.entityFor(best)
	if ent := rb.ex.Entities[target]; !slices.Contains(ent.Aliases, w) {
		ent.Aliases = append(ent.Aliases, w)
	}
	return target, true
}

// countryVotes counts, for each country code, the mentions of the
// article's gazetteer entities that lie in it (a country's own mentions
// included), and two for the dateline's country.
func (rb *relBuilder) countryVotes() map[string]int {
	votes := map[string]int{}
	if c := datelineCountry(rb.gz, rb.place, rb.region); c != nil {
		votes[c.Country] += 2
	}
	for _, e := range rb.ex.Entities {
		if e.Entry == nil || e.Entry.Country == "" {
			continue
		}
		votes[e.Entry.Country] += max(len(e.Mentions), 1)
	}
	return votes
}

// sentenceFirstParty reports whether a sentence's first word before a
// role title names parties rather than being capitalised as the first
// word: "Labour MP X said", "Tory MP X". Words that are also ordinary
// adjectives ("Green", "Liberal", "National", "New") are left out.
func sentenceFirstParty(w string) bool {
	return partyFirstWords[strings.ToLower(w)]
}

// partyFirstWords are party names that open a sentence as a party.
var partyFirstWords = lexicon.Set("party_first_words")

// namedParty returns the one party entity of the article whose name or an
// alias starts with the word w ("Conservative" → "Conservatives",
// "Conservative Party"), and whether there is exactly one.
func (rb *relBuilder) namedParty(w string) (int, bool) {
	found := -1
	for i, e := range rb.ex.Entities {
		if e.Type != graph.Party || len(e.Mentions) == 0 {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if first, _, _ := strings.Cut(n, " "); strings.EqualFold(first, w) || strings.EqualFold(first, w+"s") {
				if found >= 0 && found != i {
					return -1, false
				}
				found = i
				break
			}
		}
	}
	return found, found >= 0
}
