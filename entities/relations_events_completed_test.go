package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCompletedEvents checks that completing or finalising an event is
// taking part in it (lexicon action_words: "completed", "finalized"; the
// base form only after a modal or "to"), on sentences written for this
// test.
func TestCompletedEvents(t *testing.T) {
	const acq = "acquisition of Tarrow Metals Inc"
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Halvard Mining Corp completed the acquisition of Tarrow Metals Inc on Monday.", "Halvard Mining Corp", acq, true},
		{"Halvard Mining Corp has completed its previously announced acquisition of Tarrow Metals Inc.", "Halvard Mining Corp", acq, true},
		{"Halvard Mining Corp said it completed the acquisition of Tarrow Metals Inc for 30 mln dlrs.", "Halvard Mining Corp", acq, true},
		{"Halvard Mining Corp expects to complete the acquisition of Tarrow Metals Inc in May.", "Halvard Mining Corp", acq, true},
		{"Halvard Mining Corp finalized the acquisition of Tarrow Metals Inc on Monday.", "Halvard Mining Corp", acq, true},
		// A negation, or "complete" as an adjective, states no act.
		{"Halvard Mining Corp has not completed the acquisition of Tarrow Metals Inc.", "Halvard Mining Corp", acq, false},
		{"Halvard Mining Corp gave a complete account of the acquisition of Tarrow Metals Inc.", "Halvard Mining Corp", acq, false},
	})
}
