package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestQuotedTravelVisits checks the visits of a quoted "I", on sentences
// written for this test.
func TestQuotedTravelVisits(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "\"On Tuesday I shall be going to Washington for meetings of the fund,\" Rell said.",
			want: []string{"visits Rell -> Washington, D.C."},
		},
		{
			text: "\"I intend to visit Brussels next week,\" said Finance Minister Tom Rell.",
			want: []string{"visits Tom Rell -> Brussels"},
		},
		{
			text: "\"I will not go to Paris,\" Tom Rell said.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
		{
			// "we" need not include the speaker.
			text: "\"We will send a team to Paris,\" Tom Rell said.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
		{
			// No quotation: "I" is the writer's.
			text: "I will go to Paris, Tom Rell said.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
	})
}
