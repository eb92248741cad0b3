package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestTownStateCodes checks that a state's postal code after a town and a
// comma is the state, even when the code is also a common word ("OR",
// "OH") or another body's acronym ("NC"), and that the town keeps the
// form with its state; a code after a word that is no town stays no
// state.
func TestTownStateCodes(t *testing.T) {
	tests := []struct {
		text        string
		state, town string // the state's node; the town's form with it ("" for none)
	}{
		{"Sales at the store in Columbus, OH rose in March.", "Ohio", "Columbus, OH"},
		{"Sales at the store in Portland, OR rose in March.", "Oregon", "Portland, OR"},
		{"The company opened offices in Raleigh, NC last year.", "North Carolina", "Raleigh, NC"},
		{"The dentist is located in Houston, TX please call for details.", "Texas", "Houston, TX"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tt := range tests {
		var state, town bool
		for _, e := range x.Extract(tt.text).Entities {
			state = state || e.Name == tt.state && e.Type == graph.Place
			town = town || slices.Contains(e.Aliases, tt.town)
			if e.Name == "Nordic Council" {
				t.Errorf("%q: the state's code is read as %s", tt.text, e.Name)
			}
		}
		if !state || !town {
			t.Errorf("%q: state %s %v, town form %q %v", tt.text, tt.state, state, tt.town, town)
		}
	}
	// No town before the comma: the interjection stays a word.
	for _, e := range x.Extract("Then, OK, the talks went on.").Entities {
		if e.Name == "Oklahoma" {
			t.Errorf("'Then, OK,' reads Oklahoma")
		}
	}
}
