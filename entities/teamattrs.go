package entities

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TeamAttr is the attribute (value "true") of a team named by a nation's
// name (NationName) that the teams stage read in a sports report naming no
// one sport (articleSport gives ""): a team all the same, which ingest
// keeps apart, across articles, from the same name read as an
// organization ("Canada" issuing bonds) and from the teams of a known
// sport ("China" of a tennis report whose sport cues tie, beside China's
// football team). Outside a sports report (sportsArticle) an organization
// in a team's role is no sure team, and a town's name mostly names one
// club (see ingest's matchTeam): neither gets the mark.
const TeamAttr = "team"

// setTeamAttrs marks e, a team's entity, with its article's sport
// (attribute "sport"), which keeps a town's cricket and football teams two
// nodes when articles are linked, or, when the article is a sports report
// of no one sport and e is named by a nation's name, with TeamAttr.
func setTeamAttrs(e *Entity, sport string, report bool) {
	if e.Type != graph.Organization || e.Entry != nil {
		return
	}
	switch {
	case sport != "":
		if e.Attrs == nil {
			e.Attrs = map[string]string{}
		}
		e.Attrs["sport"] = sport
	case report && e.Attrs["sport"] == "" && NationName(gazetteer.Key(e.Name)):
		if e.Attrs == nil {
			e.Attrs = map[string]string{}
		}
		e.Attrs[TeamAttr] = "true"
	}
}

// onceSport returns a function that gives d's sport (articleSport) and
// whether d is a sports report (sportsArticle), worked out once and only
// if asked: most articles hold no team.
func onceSport(d *Document) func() (string, bool) {
	sport, report, read := "", false, false
	return func() (string, bool) {
		if !read {
			sport, report, read = articleSport(d), sportsArticle(d), true
		}
		return sport, report
	}
}

// NationName reports whether the gazetteer knows name key as the name or
// short name of a country or of a region that is a nation with a
// people's adjective of its own (lexicon region_demonyms: "England",
// "Scotland"): a name a side of every sport goes by, so that which team,
// if any, it names is the article's to tell. A province or district that
// names a club ("Ulster", "Porto") is no nation; nor is a country's code
// ("GM", "IE": a company's and a browser's initials) or its adjective
// ("American", an airline's short name).
func NationName(key string) bool {
	for _, m := range gazetteer.Default().Lookup(key) {
		named := m.Alias.Kind == gazetteer.KindName || m.Alias.Kind == gazetteer.KindShort
		if named && (m.Entry.Type == graph.Country || nationRegions()[m.Entry]) {
			return true
		}
	}
	return false
}

// nationRegions returns the entries of the regions region_demonyms gives
// an adjective.
var nationRegions = sync.OnceValue(func() map[*gazetteer.Entry]bool {
	out := map[*gazetteer.Entry]bool{}
	for _, id := range regionDemonyms {
		if e := entryByListID(gazetteer.Default(), id); e != nil && strings.HasPrefix(e.ID, "region:") {
			out[e] = true
		}
	}
	return out
})
