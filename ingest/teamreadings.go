package ingest

// This file keeps, across articles, the readings of a nation's name
// (a country's, or a region's with a people's adjective:
// entities.NationName) apart:
// "Canada" a rugby side in a match report and the issuer of a bond in a
// market report, "China" a football team and a tennis report's team whose
// sport the report does not tell. A nation has a side in every sport, so
// its name is never "the one team of that name" that matchTeam lets an
// organization of no sport join. Within an article the teams stage has
// decided which reading each mention is; across articles only readings
// of one kind join: a team of one sport, a team of a sports report of no
// known sport (entities.TeamAttr), or the name read as any other
// organization. Nor does the name read as an organization join another
// that has it as an alias or a short form (nationOrg).
//
// A town's name keeps matchTeam's looser rules: it mostly names one club
// ("Chelsea" in a report on a club's finances), and the teams stage
// already keeps it apart from the town, a place.

import (
	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// readingClass returns the kind of reading of a nation's name an
// organization with attributes attrs is: its sport for a team of a known
// sport, entities.TeamAttr for a team of a report that names no sport, ""
// for any other organization.
func readingClass(attrs map[string]string) string {
	if s := attrs["sport"]; s != "" {
		return s
	}
	if attrs[entities.TeamAttr] != "" {
		return entities.TeamAttr
	}
	return ""
}

// joinClass returns what, besides its type and fullest name, an
// organization shares with another that sameNames joins it into: its
// reading (readingClass) when its name is a nation's, else its sport.
func joinClass(e *graph.Entity, memo *joinMemo) string {
	if e.Attrs["sport"] == "" && e.Attrs[entities.TeamAttr] != "" && entities.NationName(memo.key(memo.canonicalName(e))) {
		return entities.TeamAttr
	}
	return e.Attrs["sport"]
}

// nationOrg reports whether e, of fullest name name, is an organization
// named by a nation's name ("Canada" issuing bonds, "Japan" in trade
// talks): the nation's government or the nation itself read as an
// organization. A nation's name is an alias of many of its organizations
// ("Air Canada" written "Canada" once, a company of the country's name
// and a legal suffix), so it is the short form or the alias of none of
// them.
func nationOrg(e *graph.Entity, name string, memo *joinMemo) bool {
	return e.Type == graph.Organization && entities.NationName(memo.key(name))
}
