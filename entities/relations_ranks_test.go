package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestRankedMember checks "T <rank>. P" on sentences written for this
// test.
func TestRankedMember(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []wantCase{
		{
			text: "The deal was arranged by retired Air Force Maj. Gen. Tomas Berg, a former official.",
			want: []string{"affiliated_with Tomas Berg -> Air Force"},
		},
		{
			// The body must stand right before the rank.
			text: "Velland Steel hired Maj. Gen. Tomas Berg last year.",
			not:  []string{"affiliated_with Tomas Berg -> Velland Steel"},
		},
	}
	checkWantCases(t, x, tests)
}
