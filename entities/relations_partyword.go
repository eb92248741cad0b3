package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// partyWordRole reads "<party word> <role> P" where the party word is no
// mention but a name of parties in the gazetteer ("Senate Republican
// leader X", "Conservative MP X"): P is a member of the party of that
// name in the country the article's other names point to most. Party
// Facts holds a "Republican" in dozens of countries, so the word alone
// says nothing; within the chosen country the largest party by vote share
// wins. It reports whether it added the relation.
func (rb *relBuilder) partyWordRole(p placed, r roleSpan, sentStart int, end map[int]placed, span graph.Span) bool {
	k := r.start - 1
	if k < sentStart || rb.gz == nil {
		return false
	}
	if _, ok := end[r.start]; ok {
		return false
	}
	tok := rb.d.Tokens[k]
	if !tok.Cap() || k == sentStart {
		return false // a sentence's first word is capitalised anyway
	}
	votes := rb.countryVotes()
	var best *gazetteer.Entry
	for _, m := range rb.gz.Find(tok.Text) {
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
		return false
	}
	for _, m := range rb.gz.Find(tok.Text) {
		if e := m.Entry; e.Type == graph.Party && e.Country != best.Country && votes[e.Country] == votes[best.Country] {
			return false // two countries tie: no way to tell
		}
	}
	target := rb.ex.entityFor(best)
	if ent := rb.ex.Entities[target]; !slices.Contains(ent.Aliases, tok.Text) {
		ent.Aliases = append(ent.Aliases, tok.Text)
	}
	rb.add(p.ent, target, graph.MemberOf, span, confAdjacent, nil)
	return true
}

// countryVotes counts, for each country code, the mentions of the
// article's gazetteer entities that lie in it (a country's own mentions
// included), and two for the dateline's country.
func (rb *relBuilder) countryVotes() map[string]int {
	votes := map[string]int{}
	if c := datelineCountry(rb.gz, rb.place); c != nil {
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
