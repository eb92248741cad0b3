package ingest

import "github.com/newsgraph/newsgraph/graph"

// This file picks, among the people of one surname and one role, the one
// the articles write about: "President Reagan" stands for the one
// president of that surname that the corpus names, but a corpus also
// holds a misread "Athough Reagan" that a sentence-initial word glued to
// the surname, one article of it, and the article gave it the role of the
// "President Reagan" written before it. Two bearers of one surname who
// hold one role both named often stay apart ("President Bush" of two
// decades), as does any surname without a role: a bare "Smith" has no
// office to tell which Smith the articles mean.

// dominantShare is how many times the mentions of all the other
// candidates together the one person must have.
const dominantShare = 5

// minDominant is the fewest mentions the one person must have: a bearer
// named once or twice is no known figure.
const minDominant = 10

// dominant returns, of the persons ids (two or more, of one surname and
// role), the one with at least minDominant mentions and dominantShare
// times the mentions of the others together and no gazetteer entry, or
// ids as they are.
func dominant(ids []graph.ID, byID map[graph.ID]*graph.Entity) []graph.ID {
	if len(ids) < 2 {
		return ids
	}
	best, total := ids[0], 0
	for _, id := range ids {
		total += byID[id].Mentions
		if n, b := byID[id].Mentions, byID[best].Mentions; n > b || n == b && id < best {
			best = id
		}
	}
	if byID[best].Attrs["gazetteer"] != "" {
		return ids // a surname alone never tells a gazetteer's person
	}
	if n := byID[best].Mentions; n >= minDominant && n >= dominantShare*(total-n) {
		return []graph.ID{best}
	}
	return ids
}
