package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TestNationName checks which names are a nation's: countries and the
// regions with a people's adjective of their own, not towns, provinces or
// made-up names.
func TestNationName(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"canada", true},
		{"japan", true},
		{"scotland", true},
		{"wales", true},
		{"leeds", false},  // a town: mostly one club's name
		{"ulster", false}, // a province that names a club
		{"texas", false},  // a state: no people's adjective listed
		{"ostmark", false},
		{"gm", false},       // a country's code
		{"american", false}, // an adjective
		{"usa", true},
	} {
		if got := NationName(tc.key); got != tc.want {
			t.Errorf("NationName(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}

// TestSetTeamAttrs checks the marks a team's entity gets: the article's
// sport when it has one, else the team mark for a nation's side in a
// sports report, and nothing outside a sports report, for a town or for
// an organization of a gazetteer entry.
func TestSetTeamAttrs(t *testing.T) {
	entry := &gazetteer.Entry{ID: "org:Q1"}
	for _, tc := range []struct {
		name      string
		entry     *gazetteer.Entry
		sport     string
		report    bool
		wantSport string
		wantTeam  string
	}{
		{"Canada", nil, "rugby", true, "rugby", ""},
		{"Ostmark", nil, "football", false, "football", ""},
		{"Canada", nil, "", true, "", "true"},
		{"Canada", nil, "", false, "", ""}, // "Canada beat forecasts": no sure team
		{"Leeds", nil, "", true, "", ""},   // a town keeps matchTeam's rules
		{"Canada", entry, "", true, "", ""},
	} {
		e := &Entity{Name: tc.name, Type: graph.Organization, Entry: tc.entry}
		setTeamAttrs(e, tc.sport, tc.report)
		if e.Attrs["sport"] != tc.wantSport || e.Attrs[TeamAttr] != tc.wantTeam {
			t.Errorf("%s (sport %q, report %v): attrs %v, want sport %q team %q", tc.name, tc.sport, tc.report, e.Attrs, tc.wantSport, tc.wantTeam)
		}
	}
}
