package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTitleGap checks compound titles with a word of no role list between
// modifier and noun, before and after the name, on sentences written for
// this test.
func TestTitleGap(t *testing.T) {
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		{"Corrow Motors chief financial officer Sue Brant said profits rose.", "Sue Brant", "Corrow Motors", true},
		{"Sue Brant, Corrow Motors' chief operating officer, said profits rose.", "Sue Brant", "Corrow Motors", true},
	})
	checkIngestRelCases(t, graph.Leads, []relCase{
		// The gap belongs to the title: "chief" alone is no head here.
		{"Sue Brant, Corrow Motors' chief operating officer, said profits rose.", "Sue Brant", "Corrow Motors", false},
	})
	// A speech verb is no gap: "chief said officials" is no title.
	x := parsingExtractor()
	for _, r := range x.Extract("The Corrow Motors chief said officials Sue Brant and Tim Oake agreed.").Relations {
		if r.Kind == graph.Leads {
			t.Errorf("unexpected leads relation %d -> %d", r.From, r.To)
		}
	}
}
