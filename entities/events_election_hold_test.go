package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// heldElectionTexts are the sentences, written for this test, whose
// events and involved_in relations testdata/events_election_hold.golden
// keeps.
var heldElectionTexts = []string{
	"Peru holds a general election on Sunday.",
	"Peru will hold elections in May.",
	"Peru held parliamentary elections in May.",
	"Peru is expected to hold a presidential election in May.",
	"Peru, which held elections in May, spoke.",
	"Peru will not hold elections in May.",
	"Chile urged Peru to hold elections in May.",
	"Peru will hold election talks with Chile.",
}

// TestHeldElections checks the elections a country or a body holds
// (events_election_hold.go): its subject takes part, a negated verb, the
// one who only urges it and an election that qualifies another noun
// give nothing.
func TestHeldElections(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{heldElectionTexts[0], "Peru", "general election", true},
		{heldElectionTexts[1], "Peru", "elections", true},
		{heldElectionTexts[2], "Peru", "parliamentary elections", true},
		{heldElectionTexts[3], "Peru", "presidential election", true},
		{heldElectionTexts[4], "Peru", "elections", true},
		{heldElectionTexts[5], "Peru", "elections", false},
		{heldElectionTexts[6], "Chile", "elections", false},
		{heldElectionTexts[7], "Peru", "election", false},
	})
	involvementGolden(t, "events_election_hold.golden", heldElectionTexts)
}
