package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Results and standings tables open each section with its heading and
// go straight on with the first club: "Division one Stoke 4 3 1 0 7 4
// 10", "CENTRAL DIVISION CLEVELAND 80 53 .602", and a section's last
// club runs into the next heading: "Bolton Division two Blackpool 1".
// The trained recognizer often takes heading and club for one name, so
// the club's node would be "Division one Stoke" (or a party, "National
// League Eugene"). splitTableHeadings cuts
// such a mention at the heading; what stands before and after it are
// names of their own, which the teams stage then reads (the figures
// after "Stoke" make it a team).

// sectionWords name a section of a competition's table.
var sectionWords = map[string]bool{"division": true, "conference": true, "group": true, "pool": true}

// sectionNumbers number a section ("Division one", "Group 2", "Pool B").
var sectionNumbers = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"1": true, "2": true, "3": true, "4": true, "5": true, "6": true,
	"i": true, "ii": true, "iii": true, "iv": true,
	"a": true, "b": true, "c": true, "d": true, "e": true, "f": true, "g": true, "h": true,
}

// sectionQualifiers name a section by its part of the competition
// ("CENTRAL DIVISION", "Eastern Conference").
var sectionQualifiers = map[string]bool{
	"central": true, "eastern": true, "western": true, "northern": true, "southern": true,
	"east": true, "west": true, "north": true, "south": true, "atlantic": true, "pacific": true,
}

// splitTableHeadings cuts every organization or place mention of no
// gazetteer entry that holds a section heading with a name after it
// into the names before and after the heading (sectionHeading).
func splitTableHeadings(d *Document, mentions []Mention) []Mention {
	for i := 0; i < len(mentions); i++ {
		m := mentions[i]
		// A known organization's name is whole ("Major League Baseball").
		if m.Entry != nil || m.Source == "list" || m.Type != graph.Organization && m.Type != graph.Place && m.Type != graph.Party || m.TokEnd-m.TokStart < 3 {
			continue
		}
		hs, he := sectionHeading(d, m.TokStart, m.TokEnd)
		if hs < 0 || he >= m.TokEnd {
			continue
		}
		var parts []Mention
		for _, r := range [][2]int{{m.TokStart, hs}, {he, m.TokEnd}} {
			if r[0] < r[1] {
				p := m
				if p.Type == graph.Party {
					p.Type = graph.Organization // the recognizer's guess for "National League Eugene"
				}
				p.TokStart, p.TokEnd = r[0], r[1]
				p.Start, p.End = d.Tokens[r[0]].Start, d.Tokens[r[1]-1].End
				parts = append(parts, p)
			}
		}
		mentions = slices.Replace(mentions, i, i+1, parts...)
		i += len(parts) - 1
	}
	return mentions
}

// sectionHeading returns the tokens [hs, he) of the first section
// heading within tokens [start, end): a section word and its number
// ("Division one"), a qualifier and a section word ("CENTRAL
// DIVISION"), or the words up to "league" ("American League");
// -1, -1 when there is none.
func sectionHeading(d *Document, start, end int) (hs, he int) {
	for k := start; k < end; k++ {
		if !sectionWords[low(d.Tokens[k])] {
			continue
		}
		if k+1 < end && sectionNumbers[low(d.Tokens[k+1])] {
			return k, k + 2
		}
		if k > start && sectionQualifiers[low(d.Tokens[k-1])] {
			return k - 1, k + 1
		}
	}
	for k := start + 1; k < end; k++ {
		if low(d.Tokens[k]) == "league" {
			return start, k + 1 // "National League Eugene": a league's name ends in its word
		}
	}
	return -1, -1
}
