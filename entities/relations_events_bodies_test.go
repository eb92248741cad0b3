package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestBodyGatherings checks that a body is involved in its own gathering
// (relations_events_bodies.go) and who attends one held by a body, on
// sentences written for this test.
func TestBodyGatherings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Ruiz spoke before the annual meeting of the Vesta Development Bank in Lisbon.", "Vesta Development Bank", "annual meeting of the Vesta Development Bank", true},
		{"Minister Ana Ruiz, who is attending an annual meeting of the Vesta Development Bank, said rates would fall.", "Ana Ruiz", "annual meeting of the Vesta Development Bank", true},
		{"Officials attending the spring meeting of the Vesta Monetary Fund said rates would fall.", "Vesta Monetary Fund", "spring meeting of the Vesta Monetary Fund", true},
		{"Rates were discussed at the OPEC meeting in Vienna on Monday.", "Organization of the Petroleum Exporting Countries", "OPEC meeting", true},
		// "a meeting of" a body is one sitting of it, which the body
		// attends (events_gather_bodies.go).
		{"Officials said a meeting of the Vesta Monetary Fund would discuss rates.", "Vesta Monetary Fund", "meeting of the Vesta Monetary Fund", true},
		// A place only says where; not a gathering.
		{"Rates were discussed at the Oslo summit on Monday.", "Oslo", "Oslo summit", false},
		{"Rates will be discussed at the annual meeting of the Vesta development bank.", "Vesta", "annual meeting of the Vesta development bank", false},
		{"Rates will be discussed at the annual meeting of the Vesta Bank amid concern.", "Vesta Bank", "annual meeting of the Vesta Bank", true},
		{"The OPEC price war hurt Vesta Oil.", "OPEC", "OPEC price war", false},
	})
}
