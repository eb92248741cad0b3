package ingest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTeamJoins checks that a team named by its town or its nickname
// joins the one club of its sport whose full name extends it, and stays
// alone when two clubs could be meant, when the full name is another
// sport's, or when the nickname is a word many clubs end in (made-up
// names).
func TestTeamJoins(t *testing.T) {
	sport := func(s string) map[string]string { return map[string]string{"sport": s} }
	ents := []graph.Entity{
		{ID: 1, Name: "Vestby Ravens", Type: graph.Organization, Attrs: sport("baseball")},
		{ID: 2, Name: "VESTBY", Type: graph.Organization, Attrs: sport("baseball")},
		{ID: 3, Name: "Ravens", Type: graph.Organization, Attrs: sport("baseball")},
		// Two clubs of one town: the town's name joins neither.
		{ID: 10, Name: "Ostmark United", Type: graph.Organization, Attrs: sport("football")},
		{ID: 11, Name: "Ostmark Wanderers", Type: graph.Organization, Attrs: sport("football")},
		{ID: 12, Name: "Ostmark", Type: graph.Organization, Attrs: sport("football")},
		// A shared club word names no one club.
		{ID: 13, Name: "Wanderers", Type: graph.Organization, Attrs: sport("football")},
		// Another sport's club, and a body of the town that is no club.
		{ID: 20, Name: "Harlow Hawks", Type: graph.Organization, Attrs: sport("hockey")},
		{ID: 21, Name: "Harlow", Type: graph.Organization, Attrs: sport("cricket")},
		{ID: 22, Name: "Brenmoor Harbour Board", Type: graph.Organization},
		{ID: 23, Name: "Brenmoor", Type: graph.Organization, Attrs: sport("rugby")},
		// A club's full name outside a sports report: joined when it ends
		// in a club word.
		{ID: 30, Name: "Kelso City", Type: graph.Organization},
		{ID: 31, Name: "Kelso", Type: graph.Organization, Attrs: sport("football")},
		// A gazetteer entry is no club of the teams stage.
		{ID: 40, Name: "Dunmere Rovers", Type: graph.Organization, Attrs: map[string]string{"gazetteer": "org:Q1"}},
		{ID: 41, Name: "Dunmere", Type: graph.Organization, Attrs: sport("football")},
		// A nickname the teams stage did not read as a team joins the
		// one team that has it; one two teams have joins neither.
		{ID: 50, Name: "Carrow Pelicans", Type: graph.Organization, Attrs: sport("basketball")},
		{ID: 51, Name: "Pelicans", Type: graph.Organization},
		{ID: 52, Name: "Lune Otters", Type: graph.Organization, Attrs: sport("hockey")},
		{ID: 53, Name: "Brisk Otters", Type: graph.Organization, Attrs: sport("rugby")},
		{ID: 54, Name: "Otters", Type: graph.Organization},
		{ID: 55, Name: "Wanderers", Type: graph.Organization},
		// A town's name ending a club's is no nickname.
		{ID: 56, Name: "Sporting Lisbon", Type: graph.Organization, Attrs: sport("football")},
		{ID: 57, Name: "LISBON", Type: graph.Organization},
		// A team named by a country's demonym joins the team of its sport
		// named by the country.
		{ID: 60, Name: "Peru", Type: graph.Organization, Attrs: sport("volleyball")},
		{ID: 61, Name: "PERUVIANS", Type: graph.Organization, Attrs: sport("volleyball")},
		{ID: 62, Name: "Peruvian", Type: graph.Organization, Attrs: sport("chess")},
		{ID: 63, Name: "Wales", Type: graph.Organization, Attrs: sport("rugby")},
		{ID: 64, Name: "Welsh", Type: graph.Organization, Attrs: sport("rugby")},
		// A team named by its town, of the sport of a club whose name ends
		// in the town, is no nickname of that club: the town may have
		// others ("Dynamo Brest", "Stade Brest").
		{ID: 70, Name: "Dynamo Brest", Type: graph.Organization, Attrs: sport("football")},
		{ID: 71, Name: "Brest", Type: graph.Organization, Attrs: sport("football")},
		// After a club prefix the town is the club's name.
		{ID: 72, Name: "FC Lorient", Type: graph.Organization, Attrs: sport("football")},
		{ID: 73, Name: "Lorient", Type: graph.Organization, Attrs: sport("football")},
		// A league club's former and current names (lexicon
		// league_clubs) are one club; another sport's club of the town is
		// not.
		{ID: 80, Name: "Cleveland Indians", Type: graph.Organization, Attrs: sport("baseball")},
		{ID: 81, Name: "Cleveland Guardians", Type: graph.Organization, Attrs: sport("baseball")},
		{ID: 82, Name: "Cleveland Browns", Type: graph.Organization, Attrs: sport("american-football")},
		// A national side's nickname (lexicon national_team_nicknames)
		// joins the team of its sport named by the nation, and no other
		// sport's.
		{ID: 90, Name: "Fiji", Type: graph.Organization, Attrs: sport("rugby")},
		{ID: 91, Name: "Flying Fijians", Type: graph.Organization, Attrs: sport("rugby")},
		{ID: 92, Name: "Ghana", Type: graph.Organization, Attrs: sport("cricket")},
		{ID: 93, Name: "Black Stars", Type: graph.Organization, Attrs: sport("football")},
	}
	memo := newJoinMemo(len(ents))
	got := joins(ents, nil, nil, memo, newJoinIndex(ents, memo))
	want := map[graph.ID]graph.ID{2: 1, 3: 1, 31: 30, 51: 50, 61: 60, 64: 63, 73: 72, 81: 80, 91: 90}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("joins = %v, want %v", got, want)
	}
}

// TestClubPrefixLess checks the short forms of clubs' formal names
// (made-up names).
func TestClubPrefixLess(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"sport club vestby", "vestby"},
		{"fc vestby", "vestby"},
		{"fc", ""},
		{"sport club", ""},
		{"vestby fc", ""},
		{"club vestby", ""},
	} {
		if got := strings.Join(clubPrefixLess(strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("clubPrefixLess(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
