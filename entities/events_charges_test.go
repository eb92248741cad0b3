package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestChargedEvents checks offences named by a plea, an admission, a
// charge or a verdict (events_charges.go) and a hyphenated modifier
// before a side (innerHyphen), on sentences written for this test; the
// events and involved_in relations are kept in
// testdata/events_charges.golden.
func TestChargedEvents(t *testing.T) {
	texts := []string{
		"Mr Tom Hale has already pleaded guilty to fraud.",
		"Mr Tom Hale, who has admitted fraud, will testify later in the trial.",
		"Mr Tom Hale, 42, pleaded guilty to fraud last year.",
		"Senator Tom Hale and Acme Motors were charged with insider trading.",
		"Acme Motors was convicted of an $11bn accounting fraud.",
		"Mr Tom Hale denied fraud. Mr Tom Hale did not admit fraud.",
		"Acme Motors admitted trading losses.",
		"Mr Tom Hale admitted the merger was a fraud.",
		"Acme Motors signed a deal with Paris-based Borvex Holdings.",
	}
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{texts[0], "Tom Hale", "fraud", true},
		{texts[1], "Tom Hale", "fraud", true},
		{texts[2], "Tom Hale", "fraud", true},
		{texts[3], "Acme Motors", "insider trading", true},
		{texts[3], "Tom Hale", "insider trading", true},
		{texts[4], "Acme Motors", "$11bn accounting fraud", true},
		{texts[5], "Tom Hale", "fraud", false},
		{texts[7], "Tom Hale", "fraud", false},
		{texts[8], "Borvex Holdings", "deal", true},
	})
	involvementGolden(t, "events_charges.golden", texts)
}
