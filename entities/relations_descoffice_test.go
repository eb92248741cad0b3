package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescribedOffice checks a state office given by a description that
// coreference resolves, the holder named before with no title, on
// sentences written for this test.
func TestDescribedOffice(t *testing.T) {
	const britain = " Britain pays more than other states, and Britain will not give way."
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		{"The rebate is not up for talks, Tom Harlow said. The foreign secretary told MPs the rebate was justified." + britain, "Tom Harlow", "United Kingdom", true},
		// A bare "the secretary" may be a company's.
		{"The rebate is not up for talks, Tom Harlow said. The secretary told MPs the rebate was justified." + britain, "Tom Harlow", "United Kingdom", false},
		// Two people named before: coreference guesses, the office does not follow.
		{"The rebate is not up for talks, Tom Harlow said, and Ann Pyle agreed. The foreign secretary told MPs the rebate was justified." + britain, "Tom Harlow", "United Kingdom", false},
		// The title is another's, named later.
		{"The rebate is not up for talks, Tom Harlow said. The foreign secretary told MPs the rebate was justified. Foreign Secretary Ann Pyle agreed." + britain, "Tom Harlow", "United Kingdom", false},
		// A shadow office is a party's.
		{"The rebate is not up for talks, Tom Harlow said. The shadow chancellor told MPs the rebate was justified." + britain, "Tom Harlow", "United Kingdom", false},
	})
}
