package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestFoundedAs checks that a name a founding verb introduces is an
// organization, and that a person after "as" in other contexts stays one
// (made-up names).
func TestFoundedAs(t *testing.T) {
	tests := []struct {
		text, name string
		want       graph.Type
	}{
		{"Founded in 1897 as Sport-Club Vestby by a group of students.", "Sport-Club Vestby", graph.Organization},
		{"The bank was established as Norcastle Trust in 1950.", "Norcastle Trust", graph.Organization},
		{"She was known as Tam Ostby on stage.", "Tam Ostby", graph.Person},
		{"He founded the firm, as Tam Ostby recalled.", "Tam Ostby", graph.Person},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		got := foundedAs(d, []Mention{nameMention(t, d, tc.name, graph.Person, text.ScoreModel, "model")})
		if got[0].Type != tc.want {
			t.Errorf("%q: %q is a %s, want %s", tc.text, tc.name, got[0].Type, tc.want)
		}
	}
}
