package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSaidInUtterances checks speeches and testimony placed by "in"
// (events_gather_speech.go) and the fronted bare "In testimony before Y,"
// (frontedUtterance), on sentences written for this test.
func TestSaidInUtterances(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Treasury Secretary Tom Hale said in a speech to the Vesta Chamber of Commerce that rates would rise.", "Tom Hale", "speech", true},
		{"Treasury Secretary Tom Hale, in a speech to the Vesta Chamber of Commerce, said rates would rise.", "Tom Hale", "speech", true},
		{"Treasury Secretary Tom Hale, the chairman of the Vesta Bank, said in a speech that rates would rise.", "Tom Hale", "speech", true},
		{"Treasury Secretary Tom Hale said in prepared testimony that rates would rise.", "Tom Hale", "prepared testimony", true},
		{"Treasury Secretary Tom Hale was in Lisbon. He said in a speech that rates would rise.", "Tom Hale", "speech", true},
		{"In testimony before a House appropriations subcommittee, Treasury Secretary Tom Hale said rates would rise.", "Tom Hale", "testimony before a House appropriations subcommittee", true},
		{"Treasury Secretary Tom Hale was in Lisbon. In a speech to bankers, he said rates would rise.", "Tom Hale", "speech", true},
		// Another's speech, a statement, a speech the clause does not
		// place the saying in.
		{"Treasury Secretary Tom Hale said in a speech by Minister Ana Ruiz rates would rise.", "Tom Hale", "speech", false},
		{"Treasury Secretary Tom Hale said in a statement that rates would rise.", "Tom Hale", "statement", false},
		{"Treasury Secretary Tom Hale said rates would rise in a speech.", "Tom Hale", "speech", false},
		{"Treasury Secretary Tom Hale, who was in a meeting, said rates would rise.", "Tom Hale", "meeting", false},
	})
}
