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

// TestTownName checks which names are a town's: a place the gazetteer
// knows, not a nation (NationName), a company or a made-up name.
func TestTownName(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"houston", true},
		{"leeds", true},
		{"norfolk", true},
		{"chelsea", false},  // a district: its name is mostly its club's
		{"moore", false},    // a small town's name, and a surname
		{"reading", false},  // a common word
		{"canada", false},   // a nation's name
		{"scotland", false}, // a nation's name
		{"ostmark", false},
		{"texan", false}, // an adjective
	} {
		if got := TownName(tc.key); got != tc.want {
			t.Errorf("TownName(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}

// TestSetTeamAttrs checks the marks a team's entity gets: the article's
// sport when it has one, else the team mark for a nation's or a town's
// side in sports news, and nothing outside sports news, for a made-up
// name of no sport or for an organization of a gazetteer entry.
func TestSetTeamAttrs(t *testing.T) {
	entry := &gazetteer.Entry{ID: "org:Q1"}
	for _, tc := range []struct {
		name      string
		entry     *gazetteer.Entry
		sport     string
		news      bool
		team      bool // read as a team
		wantSport string
		wantTeam  string
	}{
		{"Canada", nil, "rugby", true, true, "rugby", ""},
		{"Ostmark", nil, "football", true, true, "football", ""},
		{"Ostmark", nil, "football", false, true, "", ""}, // a team's role outside sports news: no sure team
		{"Ostmark", nil, "", true, true, "", ""},          // a club's own name needs no mark
		{"Canada", nil, "", true, true, "", "true"},
		{"Canada", nil, "", false, true, "", ""}, // "Canada beat forecasts": no sure team
		{"Leeds", nil, "", true, true, "", "true"},
		{"Chelsea", nil, "", true, true, "", ""}, // a small town keeps the looser rules
		{"Leeds", nil, "cricket", true, true, "cricket", ""},
		{"Houston", nil, "tennis", false, true, "", ""}, // "the Houston law firm" of a court report
		{"Canada", entry, "", true, true, "", ""},
		{"Houston", nil, "tennis", true, false, "tennis", ""}, // a town's organization in a tennis report: its club
		{"Houston", nil, "", true, false, "", ""},             // sports words and no sport: no sure club
	} {
		e := &Entity{Name: tc.name, Type: graph.Organization, Entry: tc.entry}
		setTeamAttrs(e, tc.sport, tc.news, tc.team)
		if e.Attrs["sport"] != tc.wantSport || e.Attrs[TeamAttr] != tc.wantTeam {
			t.Errorf("%s (sport %q, news %v): attrs %v, want sport %q team %q", tc.name, tc.sport, tc.news, e.Attrs, tc.wantSport, tc.wantTeam)
		}
	}
}

// TestSportsNews checks which articles are sports news: a report, a
// results table that names its sport, and not a business or court story
// that names a game, a season or a final in passing.
func TestSportsNews(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Ostrava beat Brno 3-1 in the league on Saturday , and the goalkeeper saved a penalty in the match .", true},
		{"BASKETBALL - Results of the tournament on Saturday : Blue Eagles 75 Dynamo 70 .", true},
		{"Rugby : Brno 24 Plzen 20 .", false}, // a sport and no sports word besides
		{"The bank paid a final dividend for the season , the Dallas bank said .", false},
		{"The court in Houston heard the case , and the firm said the game was over .", false},
		{"The club said the football season would open with a match at the new stadium .", true},
	} {
		if got := sportsNews(Segment(tc.text)); got != tc.want {
			t.Errorf("sportsNews(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
