package ingest

import (
	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// This file picks, among the several people of one surname, the one a
// lone surname stands for, when the articles tell. Without a role, the
// one bearer no article introduces as someone's relative (notRelatives).
// With a role, the one of that role named far more often (dominant): "President Reagan" stands for the one
// president of that surname that the corpus names, but a corpus also
// holds a misread "Athough Reagan" that a sentence-initial word glued to
// the surname, one article of it, and the article gave it the role of the
// "President Reagan" written before it. Two bearers of one surname who
// hold one role both named often stay apart ("President Bush" of two
// decades), as does any surname without a role: a bare "Smith" has no
// office to tell which Smith the articles mean.

// bearers returns, of the persons cands (two or more) whose surname is
// the lone surname e, those e may stand for: of its role (titledAs), or
// without a role, the one no article calls a relative (notRelatives).
func bearers(e *graph.Entity, cands []graph.ID, byID map[graph.ID]*graph.Entity, memo *joinMemo) []graph.ID {
	if e.Attrs["role"] == "" {
		return notRelatives(cands, byID)
	}
	return titledAs(e, cands, byID, memo)
}

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

// notRelatives returns, of the persons ids (two or more, of one surname),
// the one that no article introduces as a relative
// (entities.RelativeAttr) when the others all are and none is named more
// often than it: "His parents were Sarah Feig and Shlomo Wiesel" beside
// "Elie Wiesel", whom the article is about, leaves "Wiesel" to Elie.
// Else it returns nil: a surname shared by people the articles tell
// nothing of is no one in particular. A relative named more often than
// the other bearer ("her husband, Ronald Reagan" in an article about
// Nancy Reagan) is no reason to take the other.
func notRelatives(ids []graph.ID, byID map[graph.ID]*graph.Entity) []graph.ID {
	var keep graph.ID
	most := 0
	for _, id := range ids {
		e := byID[id]
		if e.Attrs[entities.RelativeAttr] == "" {
			if keep != 0 {
				return nil
			}
			keep = id
		} else {
			most = max(most, e.Mentions)
		}
	}
	if keep == 0 || byID[keep].Mentions < most {
		return nil
	}
	return []graph.ID{keep}
}
