package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPhraseEndOwnerEvents checks the owner events whose phrase ends
// before a present verb, a comparison or a pronoun
// (events_phrase_end.go), resignations and departures as owned
// occurrences and an election head before "campaign", on sentences
// written for this test: the owner takes part; a plural noun after the
// head, a trip's departure and a demand make none.
func TestPhraseEndOwnerEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Peru's political crisis appears to be deepening.", "Peru", "political crisis", true},
		{"Mr Tom Hale's speech comes after a week of rows.", "Tom Hale", "speech", true},
		{"Mr Tom Hale was released after his arrest because of a mistake.", "Tom Hale", "arrest", true},
		{"Shares rose after Mr Tom Hale's resignation was announced.", "Tom Hale", "resignation", true},
		{"Mr Tom Hale announced his departure from Acme Motors on Monday.", "Tom Hale", "departure", true},
		{"Italy was in turmoil after the resignation of Prime Minister Tom Hale.", "Tom Hale", "resignation of Prime Minister Tom Hale", true},
		{"The Labour Party said jobs will form the heart of its general election campaign.", "Labour Party", "election campaign", true},
		// a noun goes on, a trip, a demand
		{"Asked if banks would accept Peru's refinancing needs, he said no.", "Peru", "refinancing", false},
		{"Oil minister Tom Hale spoke to reporters ahead of his departure on Sunday for the conference.", "Tom Hale", "departure", false},
		{"Opposition leaders called for Mr Tom Hale's resignation on Monday.", "Tom Hale", "resignation", false},
	})
}

// TestClauseVerbUtterances checks speeches and interviews placed by "in"
// after a clause whose verb is not one of saying
// (events_speech_clause.go), on sentences written for this test: the
// verb's subject is the speaker; a passive or a reported clause names
// none.
func TestClauseVerbUtterances(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"President Tom Hale accepted the report's conclusions in a speech on March 4.", "Tom Hale", "speech", true},
		{"Senator Ann Roe said the war would go on. She gave the warning in a speech to senior officials.", "Ann Roe", "speech", true},
		{"Mr Tom Hale outlined the plan in his speech to the Chamber of Commerce.", "Tom Hale", "speech to the Chamber of Commerce", true},
		{"President Tom Hale has also criticised Peru in a speech on Monday.", "Tom Hale", "speech", true},
		{"President Tom Hale yesterday accepted the report's conclusions in a speech.", "Tom Hale", "speech", true},
		// no speaker before the verb
		{"President Tom Hale was praised in a speech on Monday.", "Tom Hale", "speech", false},
		{"President Tom Hale had been criticised in an interview.", "Tom Hale", "interview", false},
		{"Treasury Secretary Tom Hale said rates would rise in a speech.", "Tom Hale", "speech", false},
		{"Prime Minister Tom Hale has already ruled out taking part in a televised debate.", "Tom Hale", "televised debate", false},
		{"Senator Ann Roe said Acme Motors accepted the plan in a speech.", "Acme Motors", "speech", false},
	})
}
