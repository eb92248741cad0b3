package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestAffiliationFrom checks "P from T" for an organization T, on
// sentences written for this test.
func TestAffiliationFrom(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer())) // the model finds the names
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "\"Prices will rise,\" said Lena Hart from the Korvanta Securities Corporation.",
			want: []string{"affiliated_with Lena Hart -> Korvanta Securities Corporation"},
		},
		{
			// A place is where someone comes from, not a body they work for.
			text: "\"Prices will rise,\" said Lena Hart from Oslo.",
			not:  []string{"affiliated_with Lena Hart -> Oslo"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.Extract(tc.text)), tc.want, tc.not)
	}
}
