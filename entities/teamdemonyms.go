package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// teamParts are the parts and moves of a side ("defence", "goal") that
// a country's adjective before them makes the team's (lexicon team_parts).
var teamParts = lexicon.Set("team_parts")

// teamDemonyms reads as the team, in a sports report, a country's or a
// nation's adjective before a part of a side ("the Peruvian defence", "the
// Peruvian goal") when the article reads that country as a team: the
// adjective's mention becomes a team of its own name, which linking joins
// to the team named by the country (ingest's demonym teams). A role of
// one player ("Peruvian goalkeeper") gives a nationality and stays the
// country.
func teamDemonyms(d *Document, mentions []Mention) {
	teams := teamNames(d, mentions, gazetteer.Key)
	if len(teams) == 0 {
		return
	}
	for i := range mentions {
		m := &mentions[i]
		if !nationType(*m) || m.TokEnd-m.TokStart != 1 || m.TokEnd >= len(d.Tokens) {
			continue
		}
		if !teamParts[low(d.Tokens[m.TokEnd])] || !demonymOf(m.Entry, d.Tokens[m.TokStart].Text) || !countryTeam(m.Entry, teams) {
			continue
		}
		m.Type, m.Entry, m.Source = graph.Organization, nil, teamSource
	}
}

// demonymOf reports whether word is a demonym of entry c, a country or
// a nation the gazetteer knows as a region ("Scottish").
func demonymOf(c *gazetteer.Entry, word string) bool {
	k := gazetteer.Key(word)
	if strings.EqualFold(regionDemonyms[k], c.ID) {
		return true
	}
	for _, a := range c.Aliases {
		if a.Kind == gazetteer.KindDemonym && gazetteer.Key(a.Text) == k {
			return true
		}
	}
	return false
}

// countryTeam reports whether one of entry c's names or short
// names is among the keys of teams.
func countryTeam(c *gazetteer.Entry, teams map[string]bool) bool {
	for _, a := range c.Aliases {
		if (a.Kind == gazetteer.KindName || a.Kind == gazetteer.KindShort) && teams[strings.TrimPrefix(gazetteer.Key(a.Text), "the ")] {
			return true
		}
	}
	return false
}

// sidePart reports whether the words from token k (before end) are a
// part of a side (teamParts), after at most one hyphenated modifier:
// "defence", "new-look side".
func sidePart(d *Document, k, end int) bool {
	if k+3 < end && d.Tokens[k+1].Text == "-" && !d.Tokens[k+1].Space && !d.Tokens[k+2].Space {
		k += 3 // "new - look" written as three tokens
	}
	return k < end && teamParts[low(d.Tokens[k])]
}
