package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSpeaksTo checks speakers placed at a gathering by "speak to" and by
// a fronted address (relations_gather_speakto.go), on sentences written
// for this test.
func TestSpeaksTo(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Energy Secretary Tom Hale, speaking to a trade conference of the Vesta Growers Association, said prices would rise.", "Tom Hale", "trade conference of the Vesta Growers Association", true},
		{"Energy Secretary Tom Hale said on Monday that Ruritania would cut taxes. Hale, speaking to Lisbon oil executives at a breakfast meeting of the Vesta Growers Association, said the plan faced opposition.", "Tom Hale", "breakfast meeting of the Vesta Growers Association", true},
		{"Energy Secretary Tom Hale arrived in Lisbon on Monday. But in an address to a conference of the Vesta Growers Association, he said prices would rise.", "Tom Hale", "conference of the Vesta Growers Association", true},
		{"Speaking to an annual meeting of the Vesta Growers Association, Energy Secretary Tom Hale said prices would rise.", "Tom Hale", "annual meeting of the Vesta Growers Association", true},
		{"A senior Ruritanian official said on Monday that prices would rise. But the official, Energy Secretary Tom Hale, told a luncheon that taxes would fall.", "Tom Hale", "luncheon", true},
		{"At the time of the Vesta Growers Association meeting, Energy Secretary Tom Hale said prices would rise.", "Tom Hale", "Vesta Growers Association meeting", false},
		// Not spoken: refused, or another's audience.
		{"Energy Secretary Tom Hale refused to speak to a trade conference of the Vesta Growers Association.", "Tom Hale", "trade conference of the Vesta Growers Association", false},
	})
}
