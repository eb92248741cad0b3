package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestVisitObjects checks visits stated by a visit verb whose object
// stands before "in|at W", on sentences written for this test.
func TestVisitObjects(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			// Names inside the object.
			text: "Norwegian Prime Minister Tom Rell briefly visited the grave of Kari Vellan in Bergen.",
			want: []string{"visits Tom Rell -> Bergen"},
		},
		{
			text: "Norwegian Prime Minister Tom Rell visited Chancellor Jan Skovgaard in Berlin.",
			want: []string{"visits Tom Rell -> Berlin"},
		},
		{
			// A clause after a comma is no part of the object.
			text: "Norwegian Prime Minister Tom Rell visited his wife, who lives in Berlin.",
			not:  []string{"visits Tom Rell -> Berlin"},
		},
		{
			text: "Norwegian Prime Minister Tom Rell did not visit the fish market in Berlin.",
			not:  []string{"visits Tom Rell -> Berlin"},
		},
		{
			// A phrase of time ends the object.
			text: "Norwegian Prime Minister Tom Rell visited the fair on the day of the vote in Berlin.",
			not:  []string{"visits Tom Rell -> Berlin"},
		},
	})
}
