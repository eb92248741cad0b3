package ingest

// This file keeps the people of sports news apart from the others where
// only a surname ties them (entities.SportsNewsAttr). Sports reports name
// players by their surnames alone, and the one full name of a surname a
// store holds is as often another field's ("Taylor" of a cricket score,
// the minister Matthew Taylor of the politics pages): so a lone surname
// of sports news gathers apart from the lone surname of other news
// (loneSurname), and Resolve joins a lone surname only to a person
// named in news of its kind (newsFits).

import (
	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// Values of entities.SportsNewsAttr on a stored person: sportsOnly when
// every article that named it is sports news, sportsSome when some are
// and some are not. A person no sports news named has no such attribute.
const (
	sportsOnly = "true"
	sportsSome = "some"
)

// newsOf returns the kind of news the stored person with attrs was named
// in: sportsOnly, sportsSome or "" (none of it sports news).
func newsOf(attrs map[string]string) string {
	return attrs[entities.SportsNewsAttr]
}

// mergeNews returns the value of entities.SportsNewsAttr of a stored
// person that had had (newsOf; isNew: it was created by this mention)
// and that a mention of sports news (in) or of other news names now:
// the union of the kinds of news that named it, whatever their order.
func mergeNews(had string, isNew, in bool) string {
	cur := ""
	if in {
		cur = sportsOnly
	}
	switch {
	case isNew || had == cur:
		return cur
	default:
		return sportsSome
	}
}

// setNews lays mergeNews's answer over rec's attributes, which linking
// copied the mention's attributes into. Only a person keeps one: a
// weakly typed person read as the organization of its name does not.
func setNews(rec *graph.Entity, had string, isNew, in bool) {
	v := mergeNews(had, isNew, in)
	if v == "" || rec.Type != graph.Person {
		delete(rec.Attrs, entities.SportsNewsAttr)
		return
	}
	if rec.Attrs == nil {
		rec.Attrs = map[string]string{}
	}
	rec.Attrs[entities.SportsNewsAttr] = v
}

// newsFits reports whether a lone surname named in news of kind lone
// (sportsOnly or "": lone surnames gather by kind) may stand for a person
// named in news of kind cand: one named in both kinds fits either.
func newsFits(lone, cand string) bool {
	return cand == sportsSome || cand == lone
}

// newsCands returns the persons of cands a lone surname e may stand for
// by the news that named them (newsFits).
func newsCands(e *graph.Entity, cands []graph.ID, byID map[graph.ID]*graph.Entity) []graph.ID {
	var out []graph.ID
	for _, id := range cands {
		if o := byID[id]; o != nil && newsFits(newsOf(e.Attrs), newsOf(o.Attrs)) {
			out = append(out, id)
		}
	}
	return out
}
