package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

func TestTeamReadings(t *testing.T) {
	tests := []struct {
		text string
		want string // a type:name the extraction must hold
		not  string // a type:name it must not hold
	}{
		{"Brazil beat Argentina 3-0 in the qualifier on Sunday.", "organization:Brazil", "country:Brazil"},
		{"Brazil beat Argentina 3-0 in the qualifier on Sunday.", "organization:Argentina", "country:Argentina"},
		{"The striker scored twice as Manchester won the cup final.", "organization:Manchester", "place:Manchester"},
		{"Kenya drew with Nigeria in the opening match of the tournament.", "organization:Nigeria", "country:Nigeria"},
		{"The Germany coach named an unchanged squad for the match.", "organization:Germany", "country:Germany"},
		// A sports report: a sentence without a sports word still reads
		// the team.
		{"Leeds won the cup final 2-1 after the striker scored twice. The song from Leeds' supporters filled the stadium.", "organization:Leeds", "place:Leeds"},
		{"Austria and Scotland drew 0-0 in the qualifier.", "organization:Austria", "country:Austria"},
		{"The cricket match between Kenya and Sri Lanka was washed out.", "organization:Sri Lanka", "country:Sri Lanka"},
		{"Next match : Kenya v Zimbabwe , September 1 .", "organization:Kenya", "country:Kenya"},
		// No sports wording: the country stays a country.
		{"Brazil beat Argentina in the race for the trade deal.", "country:Argentina", "organization:Argentina"},
		// A sports sentence, but the place is where the game is played.
		{"The final will be played in Madrid next season.", "place:Madrid", "organization:Madrid"},
		{"Australian bowlers dominated the match.", "", "organization:Australian"},
		// A list holding a team is a list of teams.
		{"Chile lost to Brazil, Peru and Bolivia in the qualifiers.", "organization:Peru", "country:Peru"},
		{"Chile lost to Brazil, Peru and Bolivia in the qualifiers.", "organization:Bolivia", "country:Bolivia"},
		// A town and its country are no list.
		{"The qualifier was delayed after a storm over Oban, Scotland.", "", "organization:Scotland"},
		{"Belgium scrape past Turkey in the qualifier.", "organization:Belgium", "country:Belgium"},
		// A region's adjective names no team.
		{"Results of Welsh and Scottish rugby union matches : Cardiff 23 Swansea 49 .", "", "organization:Welsh"},
		// The object of a sports verb or noun, after "the" too.
		{"The coach named his squad for the match with the Netherlands.", "organization:Netherlands", "country:Netherlands"},
		{"The ties pit hosts Germany against the Czech Republic in the cup.", "organization:Czech Republic", "country:Czech Republic"},
		{"The ties pit hosts Germany against the Czech Republic in the cup.", "organization:Germany", "country:Germany"},
		{"Ireland named a squad to play Liechtenstein in the qualifier.", "organization:Liechtenstein", "country:Liechtenstein"},
		// A score or a "10-man" between the verb and the team.
		{"Police said the Netherlands drew 2-2 with Brazil on Saturday.", "organization:Brazil", "country:Brazil"},
		{"Chile lost 3-1 to Peru in the qualifier.", "organization:Peru", "country:Peru"},
		{"Kenya struggled to a victory over 10-man Ghana in the qualifier.", "organization:Ghana", "country:Ghana"},
	}
	x := New()
	for _, tt := range tests {
		checkTypedName(t, x, tt.text, tt.want, tt.not)
	}
}

// TestTownTeamNoShortForm checks that a team named by its town is not
// read as a short form of the team named by a direction and the town's
// name ("Luton", "East Luton").
func TestTownTeamNoShortForm(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	text := "SOCCER - SCOTTISH LEAGUE RESULTS . GLASGOW 1996-08-31 Results of Scottish league soccer matches on Saturday : Division two Luton 1 Derby 2 East Luton 0 Watford 3 Stirling 2 Brackley Athletic 1 ."
	var got []string
	for _, e := range x.Extract(text).Entities {
		got = append(got, string(e.Type)+":"+strings.Join(e.Aliases, "|"))
	}
	for _, want := range []string{"organization:Luton", "organization:East Luton"} {
		if !slices.Contains(got, want) {
			t.Errorf("got %q, want %s", got, want)
		}
	}
}

// TestPlayerClubs checks that in a sports article a town in the
// possessive before a player is the club, and a country the country; and
// that a place named like a club ("Norwich City") is the club.
func TestPlayerClubs(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct{ text, want, not string }{
		{"The coach named the squad for the cup match in the league . Leeds 's Dara Vell was recalled in defence .", "organization:Leeds", "place:Leeds"},
		{"The coach named the squad for the cup match in the league . Leeds' Dara Vell was recalled in defence .", "organization:Leeds", "place:Leeds"},
		{"The coach named the squad for the cup match in the league . Kenya 's Dara Vell was recalled in defence .", "country:Kenya", "organization:Kenya"},
		// No sports article: the town.
		{"Leeds 's Dara Vell opened a bakery on Monday .", "place:Leeds", "organization:Leeds"},
		// A place named like a club is the club; a known city stays one.
		{"The coach named the squad for the cup match in the league . Dara Vell of Norwich City was recalled in defence .", "organization:Norwich City", "place:Norwich City"},
		{"The coach named the squad for the cup match in the league . Dara Vell played in Mexico City last season .", "place:Mexico City", "organization:Mexico City"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(tt.text).Entities {
			got = append(got, string(e.Type)+":"+e.Name)
		}
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("%q: got %q, want %s, not %s", tt.text, got, tt.want, tt.not)
		}
	}
}
