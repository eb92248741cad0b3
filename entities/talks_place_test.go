package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTalksPlaced checks talks whose place stands before the side
// (talks_place.go), on sentences written for this test.
func TestTalksPlaced(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Acme Motors is in talks in New York with Borvex Motors about a merger.", "Borvex Motors", "talks", true},
		{"Premier Ana Ruiz said he had talks at the White House with Senator Tom Hale last month.", "Tom Hale", "talks", true},
		{"Premier Ana Ruiz held talks in Lisbon with Senator Tom Hale on Monday.", "Tom Hale", "talks", true},
		// Talks only called for; a place phrase with no side after it; a
		// month in the place's stead.
		{"The union called for talks with Acme Motors on Friday.", "Acme Motors", "talks", false},
		{"Premier Ana Ruiz held talks in Lisbon on Monday.", "Lisbon", "talks", false},
		{"Premier Ana Ruiz held talks in May with Senator Tom Hale.", "Tom Hale", "talks", true},
	})
}
