package entities

import "testing"

// TestCompassRegion checks the regions named by a capitalised compass
// word before a place or country the gazetteer knows. The places are
// real (the rule needs the gazetteer's reading); the sentences are
// written for this test.
func TestCompassRegion(t *testing.T) {
	tests := []wantCase{
		{
			text: "Storms hit Northern Texas on Monday, the agency said.",
			want: []string{"place:Northern Texas"},
			not:  []string{"place:Texas"},
		},
		{
			// In lower case the word only describes the place.
			text: "Storms hit northern Texas on Monday, the agency said.",
			want: []string{"place:Texas"},
		},
		{
			// A capitalised word after the place: another name.
			text: "Shares in Western Texas Mining Corp fell on Monday.",
			not:  []string{"place:Western Texas"},
		},
		{
			// A demonym is an adjective.
			text: "Vell runs South American sales for the firm. America is her home.",
			not:  []string{"place:South American"},
		},
		{
			// A country named only after compass words keeps its mention.
			text: "Vell toured North Yemen and then South Yemen.",
			want: []string{"country:Yemen"},
		},
		{
			// A country keeps its only mention.
			text: "Vell grew up in Southern France and moved away.",
			want: []string{"country:France"},
		},
		{
			text: "Vell grew up in Southern France. France is her home.",
			want: []string{"place:Southern France", "country:France"},
		},
	}
	checkNameCases(t, New(), tests)
}
