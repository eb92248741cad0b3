package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPersonLists checks that a surname that is also a town reads as a
// person in a list of surnames, and stays a place elsewhere (made-up
// people; the towns are real).
func TestPersonLists(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text, name string
		want       graph.Type
	}{
		{"Coach Dara Vell recalled Orin Quaid and Tam Morrow on Friday . The team is as follows : Vell , Staunton , Quaid , Irwin , Morrow .", "Staunton", graph.Person},
		{"Coach Dara Vell recalled Orin Quaid and Tam Morrow on Friday . The team is as follows : Vell , Staunton , Quaid , Irwin , Morrow .", "Irwin", graph.Person},
		// Fewer people than towns: a list of towns.
		{"Dara Vell toured Staunton , Irwin , Houghton and Preston on Friday .", "Houghton", graph.Place},
		// A country in the list stays one.
		{"Coach Dara Vell recalled Orin Quaid on Friday . Vell , Quaid and France were named .", "France", graph.Country},
	}
	for _, tt := range tests {
		if got := typeNamed(x.Extract(tt.text), tt.name); got != tt.want {
			t.Errorf("%q: %s is %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}
