package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestVerbalEvents checks the votes, negotiations and bankruptcy filings
// a verb states (events_verbal.go, relations_verbal.go) on sentences
// written for this test: the subject list, a subject before ", which",
// the counterpart after "with", and nothing under a negation, a modal, a
// passive, an object of "voted", a person voting or a negotiation with
// no counterpart.
func TestVerbalEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The European Parliament voted 64 to 32 to override the veto.", "European Parliament", "vote", true},
		{"The Vesta Growers Association unanimously voted to raise prices.", "Vesta Growers Association", "vote", true},
		{"The Securities and Exchange Commission, which voted to seek comment on the plan, said little.", "Securities and Exchange Commission", "vote", true},
		{"Acme Motors and Peru are negotiating with the Vesta Growers Association over prices.", "Acme Motors", "negotiations", true},
		{"Acme Motors and Peru are negotiating with the Vesta Growers Association over prices.", "Peru", "negotiations", true},
		{"Acme Motors and Peru are negotiating with the Vesta Growers Association over prices.", "Vesta Growers Association", "negotiations", true},
		{"Peru has been negotiating a 2 billion dlr loan with Citibank since March.", "Peru", "negotiations", true},
		{"Peru has been negotiating a 2 billion dlr loan with Citibank since March.", "Citibank", "negotiations", true},
		{"Acme Motors has filed for bankruptcy protection in Texas.", "Acme Motors", "bankruptcy", true},
		{"Acme Motors, which filed for Chapter 11 in 1985, said it would appeal.", "Acme Motors", "bankruptcy", true},
		// No act stated, or not by this subject.
		{"The European Parliament has not voted on the bill.", "European Parliament", "vote", false},
		{"The European Parliament may have voted to override the veto.", "European Parliament", "vote", false},
		{"Senator Tom Hale voted against the bill.", "Tom Hale", "vote", false},
		{"In the end none of the European Parliament's members voted for the bill.", "European Parliament", "vote", false},
		{"Acme Motors was voted the best carmaker of the year.", "Acme Motors", "vote", false},
		{"Acme Motors is negotiating the purchase of a plant.", "Acme Motors", "negotiations", false},
		{"Acme Motors refused to start negotiating with Borvex Motors.", "Borvex Motors", "negotiations", false},
		{"Acme Motors could file for bankruptcy protection.", "Acme Motors", "bankruptcy", false},
		{"Acme Motors filed for an extension of the deadline.", "Acme Motors", "bankruptcy", false},
	})
}

// TestBodyMeetings checks a body's session stated by "meet" with the
// body alone as subject (events_verbal_meet.go) on sentences written for
// this test, and that a person or a country alone, a negation, an object
// met or a game gives none.
func TestBodyMeetings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The Vesta Growers Association will meet on Friday to set prices.", "Vesta Growers Association", "meeting", true},
		{"The Vesta Growers Association, which is meeting in Lisbon, said prices would rise.", "Vesta Growers Association", "meeting", true},
		{"The Vesta Growers Association meets next week in Lisbon.", "Vesta Growers Association", "meeting", true},
		{"The Vesta Growers Association is scheduled to meet Friday.", "Vesta Growers Association", "meeting", true},
		{"The Vesta Growers Association will not meet on Friday.", "Vesta Growers Association", "meeting", false},
		{"The Vesta Growers Association met its sales targets this year.", "Vesta Growers Association", "meeting", false},
		{"Senator Tom Hale will meet on Friday in Lisbon.", "Tom Hale", "meeting", false},
		{"Peru will meet on Friday in Lisbon.", "Peru", "meeting", false},
		{"The Vesta Growers Association met at the Lisbon summit.", "Vesta Growers Association", "meeting", false},
	})
}

// TestImposedMeasures checks the tariffs and sanctions an imposing verb
// states (events_verbal_imposed.go) on sentences written for this test:
// the one who imposes them and the one they are aimed at, a demonym
// included, and nothing for a plan, a supposition or a negation.
func TestImposedMeasures(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Last month Peru imposed 100 pct tariffs on a range of Chilean goods.", "Peru", "tariffs", true},
		{"Last month Peru imposed 100 pct tariffs on a range of Chilean goods.", "Chile", "tariffs", true},
		{"New Zealand has imposed sanctions against Fiji after the coup.", "Fiji", "sanctions", true},
		{"New Zealand has imposed sanctions against Fiji after the coup.", "New Zealand", "sanctions", true},
		{"Peru slapped a 1.05 dlrs per bushel duty on Chilean corn imports.", "Peru", "duty", true},
		{"Chile said that if Peru imposed the tariffs, it would complain.", "Peru", "tariffs", false},
		{"Peru will impose tariffs on Chilean goods.", "Peru", "tariffs", false},
		{"Peru has not imposed tariffs on Chilean goods.", "Peru", "tariffs", false},
	})
}
