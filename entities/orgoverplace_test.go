package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestOrgsOverPlaces checks which recognizer organizations opening with a
// place (of the gazetteer's readings, given here) are raised above it,
// and as what.
func TestOrgsOverPlaces(t *testing.T) {
	tests := []struct {
		text, org, place string
		raised           bool
		want             graph.Type
	}{
		{"The Quillby Water Board said no.", "Quillby Water Board", "Quillby", true, graph.Organization},
		{"The Quillby Division of Water said no.", "Quillby Division of Water", "Quillby", true, graph.Organization},
		{"The Quillby Division of Roads and Bridges said no.", "Quillby Division of Roads and Bridges", "Quillby", true, graph.Organization},
		{"The Quillby Borough of Norcastle said no.", "Quillby Borough of Norcastle", "Quillby", true, graph.Place},
		// No lower-case word but the one "of" and an "and" inside its
		// complement; the place must open the name.
		{"Quillby and Norcastle said no.", "Quillby and Norcastle", "Quillby", false, graph.Organization},
		{"The Quillby Division of the Roads said no.", "Quillby Division of the Roads", "Quillby", false, graph.Organization},
		{"The Quillby Division of Roads and said no.", "Quillby Division of Roads and", "Quillby", false, graph.Organization},
		{"The Board of Quillby Roads said no.", "Board of Quillby Roads", "Quillby", false, graph.Organization},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		gaz := []Mention{nameMention(t, d, tc.place, graph.Place, text.ScoreStrong, "gazetteer")}
		ms := []Mention{nameMention(t, d, tc.org, graph.Organization, text.ScoreModel, "model")}
		orgsOverPlaces(d, gaz, ms)
		if raised := ms[0].Score == text.ScoreStrong; raised != tc.raised || ms[0].Type != tc.want {
			t.Errorf("%q: %q raised %v as %s, want %v as %s", tc.text, tc.org, raised, ms[0].Type, tc.raised, tc.want)
		}
	}
}
