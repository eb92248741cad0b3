package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOwnedUtterances checks speeches named by their speaker's
// possessive (events_gather_owned.go), on sentences written for this
// test.
func TestOwnedUtterances(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Rates rose after finance minister Tom Hale's prepared speech to the House of Commons.", "Tom Hale", "prepared speech to the House of Commons", true},
		{"Senator Tom Hale was in Lisbon. Rates rose after his speech to bankers.", "Tom Hale", "speech", true},
		{"Senator Tom Hale will underscore these points in his address to the conference today.", "Tom Hale", "address", true},
		// A mailing address, what was said.
		{"Senator Tom Hale gave his address in Lisbon to the police.", "Tom Hale", "address", false},
		{"Senator Tom Hale was in Lisbon. His remarks followed news that rates would rise.", "Tom Hale", "remarks", false},
	})
}
