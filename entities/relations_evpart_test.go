package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEvpartTitledLists checks that every name of a list whose items carry
// their own titles takes part in the event its action names
// (relations_evpart_lists.go), on sentences written for this test.
func TestEvpartTitledLists(t *testing.T) {
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{"Peruvian President Ola Brand and Chilean President Tom Hale signed the Lima accord in Lima on Tuesday.", "Ola Brand", "Lima accord", true},
		{"Peruvian President Ola Brand and Chilean President Tom Hale signed the Lima accord in Lima on Tuesday.", "Tom Hale", "Lima accord", true},
		{"Argentine President Ola Brand and Venezuelan President Tom Hale signed the Lima accord in Lima on Tuesday.", "Ola Brand", "Lima accord", true},
		{"Treasury Secretary Ola Brand and Federal Reserve Board Chairman Tom Hale attended the Lima summit on Monday.", "Ola Brand", "Lima summit", true},
		// No title before the second name: "Acme" is no list item of Brand's.
		{"Ola Brand met the Acme Motors chief, who attended the Lima summit on Monday.", "Ola Brand", "Lima summit", false},
		{"Ola Brand said Chilean President Tom Hale attended the Lima summit on Monday.", "Ola Brand", "Lima summit", false},
	})
}
