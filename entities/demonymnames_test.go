package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestDemonymName(t *testing.T) {
	x := New()
	tests := []struct {
		text, word string
		person     bool // the word is read as a person
	}{
		{"Marta waved at Finn across the yard.", "Finn", true},
		{"Later Dane's brother drove the van home.", "Dane", true},
		{"The Finn finished the race in second place.", "Finn", false},
		{"She beat a Swede in the final round.", "Swede", false},
		{"The young Dane scored twice on Sunday.", "Dane", false},
		// A plural or an adjective is no name.
		{"Finns voted on Sunday.", "Finns", false},
		{"Swedish voters went to the polls.", "Swedish", false},
	}
	for _, tc := range tests {
		ex := x.Extract(tc.text)
		var got *Entity
		for _, e := range ex.Entities {
			for _, sp := range e.Mentions {
				if tc.text[sp.Start:sp.End] == tc.word {
					got = e
				}
			}
		}
		if isPerson := got != nil && got.Type == graph.Person; isPerson != tc.person {
			t.Errorf("%q: %q read as %+v, want person=%v", tc.text, tc.word, got, tc.person)
		}
	}
}
