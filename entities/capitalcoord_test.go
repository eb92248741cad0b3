package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestCapitalAfterPerson checks that a capital listed after a person
// ("Dara and Lima said") is not read as its country's government, while
// a capital alone before a reporting verb still is.
func TestCapitalAfterPerson(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct{ text, not, want string }{
		{"Ossian Tarrow and Lima said they would marry in the spring .", "country:Peru", ""},
		{"Lima said the talks with its neighbours would continue .", "", "country:Peru"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(tt.text).Entities {
			got = append(got, string(e.Type)+":"+e.Name)
		}
		if tt.not != "" && slices.Contains(got, tt.not) || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %q, not %q", tt.text, got, tt.want, tt.not)
		}
	}
}
