package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPluralHeadForms checks that a place before a plural division head
// keeps the form with the head, and that a lower-case plural or another
// word gives no form.
func TestPluralHeadForms(t *testing.T) {
	tests := []struct {
		text, name, form string
		want             bool
	}{
		{"The clinics serve Riverside and San Bernardino Counties in California.", "San Bernardino", "San Bernardino Counties", true},
		{"The clinics serve Riverside and San Bernardino counties in California.", "San Bernardino", "San Bernardino counties", false},
		{"The clinics serve Riverside and San Bernardino Hospitals in California.", "San Bernardino", "San Bernardino Hospitals", false},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tt := range tests {
		var found, has bool
		for _, e := range x.Extract(tt.text).Entities {
			if e.Name == tt.name {
				found = true
				has = has || slices.Contains(e.Aliases, tt.form)
			}
		}
		if !found || has != tt.want {
			t.Errorf("%q: %s found %v, form %q %v, want %v", tt.text, tt.name, found, tt.form, has, tt.want)
		}
	}
	if !pluralDivisionHeads["counties"] || !pluralDivisionHeads["provinces"] || pluralDivisionHeads["countys"] {
		t.Errorf("plurals: %v", pluralDivisionHeads)
	}
}
