package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPersonsOverPlaces checks that a person named like a country is the
// person, on sentences written for this test.
func TestPersonsOverPlaces(t *testing.T) {
	tests := []struct {
		text      string
		want, not string // type:name
	}{
		{"Jordan Pellow scored twice for the club.", "person:Jordan Pellow", "country:Jordan"},
		{"India Marwell wrote the column on Sunday.", "person:India Marwell", "country:India"},
		// After a preposition of place the country is read first.
		{"On a visit to Kenya Tomas Ardell said no.", "country:Kenya", ""},
		// An institution named after a country is no person.
		{"The Israel Defense Forces said the border was calm.", "", "person:Israel Defense Forces"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(tt.text).Entities {
			got = append(got, string(e.Type)+":"+e.Name)
		}
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %s", tt.text, got, tt.want)
		}
		if tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%q: got %q, do not want %s", tt.text, got, tt.not)
		}
	}
}
