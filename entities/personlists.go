package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// minPersonList is the fewest names of a list that personLists reads.
const minPersonList = 3

// personLists reads as people the towns named in a list of one-word names
// that holds at least as many surnames of people the article names in
// full: a line-up ("The team is : Brell , Staunton , Irwin , Quaid ,
// Morrow", after "Dara Brell", "Orin Quaid" and "Tam Morrow") names
// players by surname, and a surname that is also a town ("Staunton",
// "Irwin") is one of them. The
// list is what coordinatedTeams joins (only commas, "and" or "or"
// between, one sentence), of minPersonList names or more, each one word;
// countries, world regions and a town after a preposition of place stay
// places. The retyped names join their full names in resolve, as any
// surname does.
func personLists(d *Document, mentions []Mention) []Mention {
	order := make([]int, 0, len(mentions))
	for i, m := range mentions {
		if m.TokEnd-m.TokStart == 1 {
			order = append(order, i)
		}
	}
	if len(order) < minPersonList {
		return mentions
	}
	surnames := map[string]bool{} // the last words of the article's full names
	for _, m := range mentions {
		if m.Type == graph.Person && m.TokEnd-m.TokStart >= 2 {
			surnames[low(d.Tokens[m.TokEnd-1])] = true
		}
	}
	if len(surnames) < 2 {
		return mentions
	}
	slices.SortFunc(order, func(a, b int) int { return mentions[a].TokStart - mentions[b].TokStart })
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && listJoined(d, mentions[order[end-1]], mentions[order[end]]) {
			end++
		}
		if end-start >= minPersonList {
			people, towns := 0, 0
			for _, i := range order[start:end] {
				switch {
				case mentions[i].Type == graph.Person && surnames[low(d.Tokens[mentions[i].TokStart])]:
					people++
				case townInList(d, &mentions[i]):
					towns++
				}
			}
			if people >= 2 && people >= towns {
				for _, i := range order[start:end] {
					if m := &mentions[i]; townInList(d, m) {
						m.Type, m.Entry, m.Source, m.Role = graph.Person, nil, "repeat", ""
					}
				}
			}
		}
		start = end
	}
	return mentions
}

// townInList reports whether list member m is a town or region that may
// be a person's surname: not a country, not a world region, not after a
// preposition of place.
func townInList(d *Document, m *Mention) bool {
	return m.Type == graph.Place && !strings.HasPrefix(entryID(m), "area:") && !(m.TokStart > 0 && placeBeforeWords[low(d.Tokens[m.TokStart-1])])
}
