package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// typedCase is a text, a "type:name" its extraction must hold (or "")
// and one it must not hold (or "").
type typedCase struct{ text, want, not string }

// checkTyped extracts each case's text with x and checks its entities'
// "type:name"s.
func checkTyped(t *testing.T, x *Extractor, cases []typedCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text).Entities {
			got = append(got, string(e.Type)+":"+e.Name)
		}
		if c.want != "" && !slices.Contains(got, c.want) || c.not != "" && slices.Contains(got, c.not) {
			t.Errorf("%q: got %q, want %q, not %q", c.text, got, c.want, c.not)
		}
	}
}

// TestNationalityMarks checks that a country named right after a player
// or a club gives their nationality and stays the country, where the
// teams stage would read a team (after "beat" or "against", before a
// score), and that the national team is still read without such a name.
func TestNationalityMarks(t *testing.T) {
	checkTyped(t, New(WithRecognizer(ner.DefaultRecognizer())), []typedCase{
		{"The pair won 18 of the last 19 games against India 's Dara Vellmont in the doubles match .", "country:India", "organization:India"},
		{"Squash results : Dara Vellmont of Kenya beat Ossian Tarrow 15-10 8-15 15-10 in the semi-final .", "country:Kenya", "organization:Kenya"},
		{"Squash results : Dara Vellmont ( Kenya ) beat Ossian Tarrow ( Peru ) 15-10 8-15 15-10 in the semi-final .", "country:Peru", "organization:Peru"},
		// A town and its country: an address.
		{"The striker said the team would visit the memorial after the bombing over Dumfries , Scotland on the day of the match .", "place:Dumfries", "organization:Dumfries"},
		// The national team, named alone, is still the team.
		{"Kenya beat Peru 2-1 in the qualifier on Sunday .", "organization:Peru", "country:Peru"},
		{"The striker scored twice against India in the qualifier .", "organization:India", "country:India"},
	})
}

// TestTeamAgent checks that the agent of a result after "by" in a sports
// sentence is the team, and that "by" alone is no team cue.
func TestTeamAgent(t *testing.T) {
	checkTyped(t, New(), []typedCase{
		{"The hosts were held to a goalless draw by Peru in the qualifier on Friday .", "organization:Peru", "country:Peru"},
		{"Chile were beaten by Peru in the cup qualifier .", "organization:Peru", "country:Peru"},
		{"The qualifier was hosted by Peru in the cup .", "country:Peru", "organization:Peru"},
	})
}
