package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestReportedIt checks that a body's reported "it" takes part in the
// events that follow it as the body would (coref_reported.go), on
// sentences written for this test.
func TestReportedIt(t *testing.T) {
	const meeting = "annual meeting of the Baltic Ore Association"
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Halvard Mining Corp said it attended the annual meeting of the Baltic Ore Association.", "Halvard Mining Corp", meeting, true},
		{"Halvard Mining Corp said today that it attended the annual meeting of the Baltic Ore Association.", "Halvard Mining Corp", meeting, true},
		{"Halvard Mining Corp <HMC.N> said it attended the annual meeting of the Baltic Ore Association.", "Halvard Mining Corp", meeting, true},
		{"<Halvard Mining Corp> said it attended the annual meeting of the Baltic Ore Association.", "Halvard Mining Corp", meeting, true},
		{"Tarrow Metals Inc, a unit of Halvard Mining Corp <HMC.N> said it attended the annual meeting of the Baltic Ore Association.", "Halvard Mining Corp", meeting, false},
		{"<Tarrow Metals Inc> of the U.K. said it attended the annual meeting of the Baltic Ore Association.", "United Kingdom", meeting, false},
		// Denying is not stating, and a person's "it" is a thing.
		{"Halvard Mining Corp denied it attended the annual meeting of the Baltic Ore Association.", "Halvard Mining Corp", meeting, false},
		{"Senator Ann Kerr said it attended the annual meeting of the Baltic Ore Association.", "Ann Kerr", meeting, false},
	})
}
