package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestStatePrefixedBodies checks that a state's dotted abbreviation before
// a government body's name is part of the name, and is read as nothing
// else; a bare word before the body is not taken in.
func TestStatePrefixedBodies(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Officials of the La. Department of Wildlife and Fisheries said the season opens.", "La. Department of Wildlife and Fisheries", "La"},
		{"A spokesman for the Calif. Department of Fish and Game declined to comment.", "Calif. Department of Fish and Game", "Calif"},
		{"A spokesman for the Department of Fish and Game declined to comment.", "Department of Fish and Game", ""},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tt := range tests {
		var found bool
		for _, e := range x.Extract(tt.text).Entities {
			found = found || e.Name == tt.want && e.Type == graph.Organization
			if tt.not != "" && e.Name == tt.not {
				t.Errorf("%q: the abbreviation is read as %s %q", tt.text, e.Type, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: no organization %q", tt.text, tt.want)
		}
	}
}
