package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOnwardDestinations checks that a later stop of one journey ("to P
// and then to Q") is visited like the last item of a list.
func TestOnwardDestinations(t *testing.T) {
	checkRelCases(t, graph.Visits, []relCase{
		{"Foreign Minister Ana Ruiz flew to Oslo and then to Stockholm.", "Ana Ruiz", "Stockholm", true},
		{"Foreign Minister Ana Ruiz will travel to Oslo before going on to Stockholm and Helsinki.", "Ana Ruiz", "Helsinki", true},
		{"Foreign Minister Ana Ruiz lives in Oslo and then to Stockholm.", "Ana Ruiz", "Stockholm", false},
	})
}
