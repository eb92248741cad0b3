package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTripPurposes checks the gatherings a trip is made for
// (events_trip_purpose.go) and their traveller, and that talks only asked
// or called for give nothing, on sentences written for this test.
func TestTripPurposes(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Mr Clayton Yeutter, in New Zealand for informal GATT ministerial talks, said trade would grow.", "Clayton Yeutter", "GATT ministerial talks", true},
		{"Oil Minister Gholamreza Aqazadeh arrived in Algiers at the head of a large delegation for talks on stabilizing oil prices.", "Gholamreza Aqazadeh", "talks", true},
		{"Senator Tom Hale flew to Lima for the summit.", "Tom Hale", "summit", true},
		{"Senator Tom Hale asked for talks with Peru.", "Tom Hale", "talks", false},
		{"Senator Tom Hale called for a summit.", "Tom Hale", "summit", false},
		{"Senator Tom Hale praised Peru, in Lima for talks, on Monday.", "Tom Hale", "talks", false},
	})
}
