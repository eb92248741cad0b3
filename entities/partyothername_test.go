package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyOtherName checks that a party's other name, here the English
// rendering of a Japanese party's ("National League"), names the party
// only with politics in its sentence or the party's country in the
// article.
func TestPartyOtherName(t *testing.T) {
	tests := []struct {
		text  string
		party bool
	}{
		{"National League standings: Riverton 3 Lakeside 2 .", false},
		{"The National League won 12 seats in the election, its leader said.", true},
		{"In Japan the National League held a rally on Sunday.", true},
	}
	x := New()
	for _, tc := range tests {
		got := false
		for _, e := range x.Extract(tc.text).Entities {
			if e.Type == graph.Party && e.Entry != nil {
				got = true
			}
		}
		if got != tc.party {
			t.Errorf("%q: party = %v, want %v", tc.text, got, tc.party)
		}
	}
}
