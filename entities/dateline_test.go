package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// TestDatelineEntryRegion checks that a dateline's region picks the place
// of that name in its country, and that without one the gazetteer's
// first reading stands.
func TestDatelineEntryRegion(t *testing.T) {
	gz := gazetteer.Default()
	for _, tc := range []struct{ place, region, country string }{
		{"Cambridge", "Mass", "US"},
		{"Cambridge", "", "GB"},
		{"Dover", "DEL.", "US"},
		{"St. Petersburg", "Fla.", "US"},
		{"London", "Ontario", "CA"},
		{"Paris", "Texas", "US"},
		{"Paris", "", "FR"},
		{"Lahore", "Nowhere", "PK"}, // an unknown region changes nothing
	} {
		e := datelineEntry(gz, tc.place, tc.region)
		if e == nil || e.Country != tc.country {
			t.Errorf("datelineEntry(%q, %q) = %+v, want a place in %s", tc.place, tc.region, e, tc.country)
		}
	}
}

// TestDatelineEntryCityOverState checks that a dateline naming a state
// reads the big city named like it, and that a state with no such city
// stays the state.
func TestDatelineEntryCityOverState(t *testing.T) {
	gz := gazetteer.Default()
	for _, tc := range []struct{ place, region, name string }{
		{"New York", "", "New York City"},
		{"NEW YORK", "", "New York City"},
		{"New York", "N.Y.", "New York City"},
		{"Washington", "", "Washington, D.C."},
		{"Vermont", "", "Vermont"},
	} {
		e := datelineEntry(gz, tc.place, tc.region)
		if e == nil || e.Name != tc.name {
			t.Errorf("datelineEntry(%q, %q) = %+v, want %s", tc.place, tc.region, e, tc.name)
		}
	}
}
