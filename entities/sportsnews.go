package entities

import "github.com/newsgraph/newsgraph/graph"

// SportsNewsAttr is the attribute (value "true") of a person the article
// names in sports news (sportsNews). Sports reports name players by their
// surnames alone ("Jones scored twice"), and the one full name of that
// surname a corpus holds is as often a politician's or a banker's as the
// player's; ingest gathers the lone surnames of sports news apart from
// the others and joins each only to a person named in news of its kind
// (ingest's sportsnews.go), so that "Taylor" of a cricket score is not the
// minister Matthew Taylor.
const SportsNewsAttr = "sports_news"

// markSportsNews gives e, a person of no gazetteer entry, the attribute
// SportsNewsAttr when its article is sports news (news). A person the
// gazetteer knows is one entity by its entry wherever it is named.
func markSportsNews(e *Entity, news bool) {
	if !news || e.Type != graph.Person || e.Entry != nil {
		return
	}
	if e.Attrs == nil {
		e.Attrs = map[string]string{}
	}
	e.Attrs[SportsNewsAttr] = "true"
}
