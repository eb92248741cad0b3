package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// electionResultTexts are the sentences, written for this test, whose
// events and involved_in relations testdata/events_election_result.golden
// keeps.
var electionResultTexts = []string{
	"Shares rose after the Green Party's general election victory last July.",
	"Senator Tom Hale's 2004 election defeat ended his career.",
	"The Green Party's by-election win surprised many.",
	"Investors feared a Green Party election victory.",
	"Senator Tom Hale's election campaign began.",
}

// TestElectionResults checks the election of a possessive result noun
// (events_election_result.go): the possessor won or lost it; a result
// without a possessor is only supposed, and another noun names no result.
func TestElectionResults(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{electionResultTexts[0], "Green Party", "Green Party's general election", true},
		{electionResultTexts[1], "Tom Hale", "2004 election", true},
		{electionResultTexts[2], "Green Party", "Green Party's by-election", true},
		{electionResultTexts[3], "Green Party", "election", false},
		{electionResultTexts[4], "Tom Hale", "election", false},
	})
	involvementGolden(t, "events_election_result.golden", electionResultTexts)
}
