package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPlaceSurnames checks that a person whose surname is a country's or
// place's name is the person, not the place, on sentences written for
// this test.
func TestPlaceSurnames(t *testing.T) {
	tests := []wantCase{
		{
			text: "The forecast agrees with projections by Dorian Jordan, who sits on the committee.",
			want: []string{"person:Dorian Jordan"},
			not:  []string{"country:Jordan"},
		},
		{
			// Mann is also the Isle of Man's name; Michael a town's.
			text: "The award pleased Michael Mann, who directed the film in Chicago.",
			want: []string{"person:Michael Mann"},
			not:  []string{"country:Isle of Man", "place:Michael"},
		},
		{
			text: "Tomas Paris, of the broker Keel Lane, said the shares were cheap.",
			want: []string{"person:Tomas Paris"},
			not:  []string{"place:Paris"},
		},
		{
			// A town before its country stays two places.
			text: "He flew to Amman Jordan on Monday.",
			want: []string{"place:Amman", "country:Jordan"},
		},
	}
	checkNameCases(t, New(WithRecognizer(ner.DefaultRecognizer())), tests)
}

// TestPlaceSurnameCompanies checks that a company named by a word and a
// country or town, which the recognizer may call a person, stays apart
// from the person rule when no wording calls it a person.
func TestPlaceSurnameCompanies(t *testing.T) {
	tests := []wantCase{
		{
			text: "Sales at Corvex Japan rose 12 pct in the quarter.",
			not:  []string{"person:Corvex Japan"},
		},
		{
			text: "Trading in Dellmont Norway shares was halted on Monday.",
			not:  []string{"person:Dellmont Norway"},
		},
	}
	checkNameCases(t, New(WithRecognizer(ner.DefaultRecognizer())), tests)
}
