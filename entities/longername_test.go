package entities

import (
	"slices"
	"testing"
)

// TestPartyInsideLongerName checks that a foreign party's full name at
// the end of a longer capitalised name is not read as the party, while
// a party named after a function word or at a sentence's start still is.
func TestPartyInsideLongerName(t *testing.T) {
	tests := []struct {
		text string
		want string // a type:name the extraction must hold
		not  string // a type:name it must not hold
	}{
		// Sweden's "Farmers' Union" inside a British lobby's name.
		{"The National Farmers Union said growers would suffer from the new rules.", "", "party:Farmers' Union"},
		{"Officials of the Latvian Farmers' Union met the prime minister in Riga.", "party:Latvian Farmers' Union", ""},
	}
	x := New()
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(tt.text).Entities {
			if len(e.Mentions) > 0 {
				got = append(got, string(e.Type)+":"+e.Name)
			}
		}
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %s", tt.text, got, tt.want)
		}
		if tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%q: got %q, do not want %s", tt.text, got, tt.not)
		}
	}
}
