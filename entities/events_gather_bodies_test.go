package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestIndefiniteBodyGatherings checks "a meeting of" a named body
// (events_gather_bodies.go), on sentences written for this test.
func TestIndefiniteBodyGatherings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Deputy minister Ola Brand said a meeting of the Vesta Growers Association would be held next week.", "Vesta Growers Association", "meeting of the Vesta Growers Association", true},
		{"Deputy minister Ola Brand will attend a session of the Vesta Council in Lisbon.", "Ola Brand", "session of the Vesta Council", true},
		// Another body's meeting: the name goes on after the body.
		{"Deputy minister Ola Brand said there would be a meeting of the Vesta Bank board next week.", "Vesta Bank", "meeting of the Vesta Bank", false},
		{"Deputy minister Ola Brand said a meeting of the Vesta Fund Board of Governors was held.", "Vesta Fund", "meeting of the Vesta Fund", false},
	})
}
