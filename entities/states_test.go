package entities

import (
	"slices"
	"testing"
)

func TestCityOverState(t *testing.T) {
	tests := []struct {
		text string
		want string // the type:name the place resolves to
	}{
		{"The mayor of New York opened a new bridge.", "place:New York City"},
		{"Farmers in upstate New York lost their crops.", "place:New York"},
		{"The governor of New York State vetoed the bill.", "place:New York"},
		{"Wildfires spread across Washington state on Friday.", "place:Washington"},
		{"A storm hit Seattle, Washington, overnight.", "place:Washington"},
		{"Lobbyists flocked to Washington before the vote.", "place:Washington, D.C."},
	}
	x := New()
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(tt.text).Entities {
			got = append(got, string(e.Type)+":"+e.Name)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %s", tt.text, got, tt.want)
		}
	}
}
