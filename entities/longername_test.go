package entities

import (
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
		checkTypedName(t, x, tt.text, tt.want, tt.not)
	}
}
