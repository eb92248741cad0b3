package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEventCaseAfter checks the participants named after the event
// (eventCase): a country written as a demonym that only says whose the
// noun after it is takes no part; one before a word for its state does,
// and so does the country named as such.
func TestEventCaseAfter(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The Lima summit was attended by British bankers and their wives.", "United Kingdom", "Lima summit", false},
		{"Acme Corp dropped its case against Japanese television makers.", "Japan", "case", false},
		{"The Lima summit was attended by British officials.", "United Kingdom", "Lima summit", true},
		{"The Lima summit was attended by Britain and Peru.", "United Kingdom", "Lima summit", true},
	})
}
