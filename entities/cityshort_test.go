package entities

import "testing"

// TestCityShortNames checks that a large city named without the river
// that its full name carries is still that city, with its country.
func TestCityShortNames(t *testing.T) {
	tests := []struct{ text, name, country string }{
		{"Bankers met in Frankfurt on Monday to discuss the bond market.", "Frankfurt am Main", "DE"},
		{"The chemical plant near Ludwigshafen was closed after the leak.", "Ludwigshafen am Rhein", "DE"},
	}
	x := New()
	for _, tt := range tests {
		found := false
		for _, e := range x.Extract(tt.text).Entities {
			if e.Name == tt.name && e.Entry != nil && e.Entry.Country == tt.country {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s in %s", tt.text, tt.name, tt.country)
		}
	}
}
