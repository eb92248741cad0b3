package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestVisitPhase(t *testing.T) {
	checkRelCases(t, graph.Visits, []relCase{
		{"Peruvian President Alan Garcia said his government would pay. Garcia said at the end of an official two-day visit to Mexico that trade would grow.", "Alan Garcia", "Mexico", true},
		{"World Bank President Barton Colville told reporters at the end of a three-day visit to Jakarta that reforms must go on.", "Barton Colville", "Jakarta", true},
		// Someone else's visit in what the speaker reports.
		{"President Alan Garcia told reporters that the minister, after a visit to Mexico, would pay.", "Alan Garcia", "Mexico", false},
		// The end of something that is not the trip.
		{"President Alan Garcia spoke to reporters at the end of the week about a visit to Mexico.", "Alan Garcia", "Mexico", false},
	})
}
