package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestRestatedAgents checks passive agents each given their own "by" or
// an owner before their title (relations_agents_by.go), on sentences
// written for this test.
func TestRestatedAgents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The meeting was attended by farm ministers from both countries and by French President Tom Hale, his Prime Minister Ana Ruiz, and by Chancellor Ola Brand of Vesta.", "Tom Hale", "meeting", true},
		{"The meeting was attended by farm ministers from both countries and by French President Tom Hale, his Prime Minister Ana Ruiz, and by Chancellor Ola Brand of Vesta.", "Ana Ruiz", "meeting", true},
		{"The meeting was attended by farm ministers from both countries and by French President Tom Hale, his Prime Minister Ana Ruiz, and by Chancellor Ola Brand of Vesta.", "Ola Brand", "meeting", true},
		{"The summit was attended by President Tom Hale and by Chancellor Ola Brand.", "Ola Brand", "summit", true},
		// A "by" of another clause, or one no "and" joins to the list.
		{"The summit was attended by bankers, and prices were set by Tom Hale.", "Tom Hale", "summit", false},
		{"The summit was attended by bankers sent by Tom Hale.", "Tom Hale", "summit", false},
	})
}
