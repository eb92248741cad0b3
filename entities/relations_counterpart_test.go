package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestCounterparts checks "<Demonym> counterpart P" on sentences written
// for this test.
func TestCounterparts(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer())) // the model finds the names
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			// The other holder's title is the counterpart's.
			text: "Norway's Foreign Minister Tomas Berg met his Danish counterpart Lena Hart in Oslo on Monday.",
			want: []string{"holds_role Lena Hart -> Denmark {role=Foreign Minister}"},
		},
		{
			text: "Tomas Berg and his Danish counterpart, Lena Hart, agreed on Monday.",
			want: []string{"holds_role Lena Hart -> Denmark"},
		},
		{
			// Only a counterpart: a Danish friend holds no office.
			text: "Tomas Berg and his Danish friend Lena Hart agreed on Monday.",
			not:  []string{"holds_role Lena Hart -> Denmark"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.Extract(tc.text)), tc.want, tc.not)
	}
}
