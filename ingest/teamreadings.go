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
// A town's name (entities.TownName) mostly names one club in sports news
// and, as an organization's name elsewhere, something of the town: its
// bank ("the Dallas bank"), a company's short form ("Norfolk" for a
// railway), a firm's town the recognizer read as an organization
// ("Houston law firm"). Entities marks an organization of a town's name
// in sports news as a team (its sport, or entities.TeamAttr when the
// report names none) and gives no mark outside sports news, so across
// articles a team of a town's name joins only teams (those of one sport
// join as before, and a team of no known sport the one sport's team), and
// an organization of no team's reading joins no team.

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
