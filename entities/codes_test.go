package entities

import "testing"

func TestCountryCodesNeedTheCountrySpelledOut(t *testing.T) {
	tests := []struct {
		text     string
		country  string
		mentions int // mentions of the country's node; 0 for none
	}{
		// A lone three-letter code is another body's acronym.
		{"The MDA said its members shipped fewer machines in March.", "Moldova", 0},
		// With the country spelled out, the code is the country.
		{"Moldova's vineyards grew and MDA exports rose in March.", "Moldova", 2},
		// "USA" is a short name, not a code: it needs no support.
		{"Exports from the USA rose in March.", "United States", 1},
	}
	x := New()
	for _, tt := range tests {
		got := 0
		for _, e := range x.Extract(tt.text).Entities {
			if e.Name == tt.country {
				got = len(e.Mentions)
			}
		}
		if got != tt.mentions {
			t.Errorf("%q: %s has %d mentions, want %d", tt.text, tt.country, got, tt.mentions)
		}
	}
}
