package entities

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TeamAttr is the attribute (value "true") of a team named by a nation's
// name (NationName) or a town's (TownName) that the teams stage read in a
// sports report naming no one sport (articleSport gives ""): a team all
// the same, which ingest keeps apart, across articles, from the same name
// read as an organization ("Canada" issuing bonds, "Houston" a law firm's
// town) and, for a nation, from the teams of a known sport ("China" of a
// tennis report whose sport cues tie, beside China's football team).
// Outside sports news (sportsNews) an organization in a team's role is no
// sure team and gets no mark.
const TeamAttr = "team"

// setTeamAttrs marks e, a team's entity (team) or an organization named
// by a town in sports news, with its article's sport (attribute "sport"),
// which keeps a town's cricket and football teams two nodes when articles
// are linked, or, when the article is a sports report of no one sport and
// e, a team, is named by a nation's or a town's name, with TeamAttr.
// Outside sports news (news false) e gets no mark: a team's reading joins
// a team node only from sports news, so "Norfolk" of a railway's report
// or "Dallas" of a bank's is no football club (ingest's matchTeam). An
// organization the teams stage did not read as a team is its town's club
// only where the article names its sport: sports words alone are found in
// reviews of games ("Cambridge" of a games firm's founder).
func setTeamAttrs(e *Entity, sport string, news, team bool) {
	if e.Type != graph.Organization || e.Entry != nil || !news {
		return
	}
	switch {
	case sport != "":
		if e.Attrs == nil {
			e.Attrs = map[string]string{}
		}
		e.Attrs["sport"] = sport
	case team && e.Attrs["sport"] == "" && (NationName(gazetteer.Key(e.Name)) || TownName(gazetteer.Key(e.Name))):
		if e.Attrs == nil {
			e.Attrs = map[string]string{}
		}
		e.Attrs[TeamAttr] = "true"
	}
}

// onceSport returns a function that gives d's sport (articleSport) and
// whether d is sports news (sportsNews), worked out once and only if
// asked: most articles hold no team.
func onceSport(d *Document) func() (string, bool) {
	sport, news, read := "", false, false
	return func() (string, bool) {
		if !read {
			sport, news, read = articleSport(d), sportsNews(d), true
		}
		return sport, news
	}
}

// sportsNews reports whether d is sports news: an article of
// minSportsWords different sports words (sportsArticle), or one that
// names a sport (a sport cue, "basketball") and gives a score
// (sportsReport) or uses minCueWords different sports words, as a short
// results table does ("BASKETBALL - Results of the tournament : Blue
// Eagles 75 Dynamo 70"). A story that names a game or a season in
// passing is none, and a town's name in it is the town's, not its
// club's.
func sportsNews(d *Document) bool {
	if sportsArticle(d) {
		return true
	}
	// sportsReport's signs with fewer words: minCueWords < minReportWords.
	cue, score, words := sportSignals(d)
	return cue && (score || words >= minCueWords)
}

// minCueWords is the number of different sports words (the cue may be
// one: "basketball", "tournament") that make an article naming a sport
// sports news.
const minCueWords = 2

// townTeam reports whether e, an organization of no gazetteer entry that
// the teams stage did not read as a team, is named by a town's name
// (TownName): in sports news it is the town's club ("Chelsea's wage
// bill", a recognizer's organization in no team's role), which joins the
// club's other mentions across articles, and outside it no team at all.
func townTeam(e *Entity) bool {
	return e.Type == graph.Organization && e.Entry == nil && TownName(gazetteer.Key(e.Name))
}

// TownName reports whether the gazetteer knows name key as the name or
// short name of a town of minFreePopulation people or more ("Houston",
// "Norfolk"), and it is no nation's (NationName). Such a town is named in
// news without its country, and things of its own go by its name (its
// bank, a firm's short form, its court): as an organization's name it is
// its club only in sports news. A smaller town's name ("Chelsea",
// "Everton"), a common word ("Reading") or a surname's ("Moore") keeps
// the looser rules of any other name.
func TownName(key string) bool {
	for _, m := range gazetteer.Default().Lookup(key) {
		e := m.Entry
		named := m.Alias.Kind == gazetteer.KindName || m.Alias.Kind == gazetteer.KindShort
		if named && e.Type == graph.Place && strings.HasPrefix(e.ID, "place:") && e.Population >= minFreePopulation {
			return !NationName(key)
		}
	}
	return false
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
