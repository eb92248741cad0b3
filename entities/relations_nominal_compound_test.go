package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCompoundBodies checks bodies that open an event's name
// (relations_nominal_compound.go), on sentences written for this test:
// one body or two joined by "and" before modifiers and a gathering's,
// campaign's or deal's head take part; an agreement named after a place
// and a body that is only the topic do not.
func TestCompoundBodies(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Officials gathered in Washington for the International Monetary Fund and World Bank annual meeting.", "World Bank", "International Monetary Fund and World Bank meeting", true},
		{"Officials gathered in Washington for the International Monetary Fund and World Bank annual meeting.", "International Monetary Fund", "International Monetary Fund and World Bank meeting", true},
		{"Ministers met before the IMF and World Bank meetings in Washington.", "World Bank", "IMF and World Bank meeting", true},
		{"Delegates attended the OPEC meeting in Vienna.", "Organization of the Petroleum Exporting Countries", "OPEC meeting", true},
		// an agreement's head: often a place's name read as a body
		{"Saudi Arabia was a main architect of last December's OPEC accord.", "Organization of the Petroleum Exporting Countries", "OPEC accord", false},
	})
}
