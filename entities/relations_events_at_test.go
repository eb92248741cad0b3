package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSpeaksAt checks involved_in read from speaking at a gathering, on
// sentences written for this test.
func TestSpeaksAt(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Speaking at the Taupo meeting, Trade Minister Ivo Marsh claimed tariffs would fall.", "Ivo Marsh", "Taupo meeting", true},
		{"Trade Minister Ivo Marsh said at the start of the Taupo meeting that tariffs would fall.", "Ivo Marsh", "Taupo meeting", true},
		{"Trade Minister Ivo Marsh told reporters at the Taupo meeting that tariffs would fall.", "Ivo Marsh", "Taupo meeting", true},
		{"Trade Minister Ivo Marsh, speaking at the Taupo meeting, said tariffs would fall.", "Ivo Marsh", "Taupo meeting", true},
		{"Trade Minister Ivo Marsh told the annual meeting of the Asian Development Bank that tariffs would fall.", "Ivo Marsh", "annual meeting of the Asian Development Bank", true},
		{"Speaking at Labour's spring conference in Gateshead, British Finance Minister Ivo Marsh said the Tories would cut spending.", "Ivo Marsh", "Labour's spring conference", true},
		{"Speaking at Labour's spring conference in Gateshead, British Finance Minister Ivo Marsh said the Tories would cut spending.", "United Kingdom", "Labour's spring conference", false},
		{"Finance Minister Ivo Marsh told reporters during the Taupo meeting that tariffs would fall.", "Ivo Marsh", "Taupo meeting", true},
		// An action word before the event's owner (relations_events.go).
		{"Finance Minister Ivo Chung would leave Monday to attend the International Monetary Fund's Interim Committee meeting.", "Ivo Chung", "Interim Committee meeting", true},
		// After the event.
		{"Trade Minister Ivo Marsh told a news conference following the Taupo meeting that tariffs would fall.", "Ivo Marsh", "Taupo meeting", false},
	})
}

// TestAddressedGatherings checks gatherings without "the" that a speaker
// addresses, named by who holds them or where, and the speaker's part in
// them; a news conference or an unnamed meeting gives nothing.
func TestAddressedGatherings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Finance Minister Ana Ruiz told a Lisbon banking conference that rates would fall.", "Ana Ruiz", "Lisbon banking conference", true},
		{"Senator Tom Hale told delegates to a Nordic fisheries conference that quotas would rise.", "Tom Hale", "Nordic fisheries conference", true},
		{"Finance Minister Ana Ruiz told a Lisbon news conference that rates would fall.", "Ana Ruiz", "Lisbon news conference", false},
		{"Finance Minister Ana Ruiz told a meeting that rates would fall.", "Ana Ruiz", "meeting", false},
		{"Speaking to reporters at the Acme Fund and Bolt Bank annual meeting, Finance Minister Ana Ruiz said rates would fall.", "Ana Ruiz", "Acme Fund and Bolt Bank meeting", true},
	})
}
