package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestFounders checks founders read from "founded", on sentences written
// for this test.
func TestFounders(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []wantCase{
		{
			text: "It marks the end of Velcom, which was founded in 1875 by telephone pioneer Tomas Berg and is one of the best-known companies.",
			want: []string{"affiliated_with Tomas Berg -> Velcom"},
		},
		{
			text: "Tomas Berg founded Velland Steel in 1990.",
			want: []string{"affiliated_with Tomas Berg -> Velland Steel"},
		},
		{
			text: "Velland Steel, founded by Tomas Berg, makes pipes.",
			want: []string{"affiliated_with Tomas Berg -> Velland Steel"},
		},
		{
			text: "The Velland Freedom Party was founded by Tomas Berg.",
			want: []string{"member_of Tomas Berg -> Velland Freedom Party"},
		},
		{
			// Another verb with "by" says nothing of it.
			text: "Tomas Berg was fined by Velland Steel. Velland Steel was sued by Anna Pell.",
			not:  []string{"affiliated_with Tomas Berg -> Velland Steel", "affiliated_with Anna Pell -> Velland Steel"},
		},
	}
	checkWantCases(t, x, tests)
}
