package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestArticleEventAnaphora checks that a definite event noun names the
// article's one event of its head beyond the coreference reach and when
// the event is a description of one word (articleEvent,
// events_anaphora.go), that the participant rules then apply in the
// anaphor's sentence, and the agent lists of "by" with qualified titles
// (relations_agents.go), on texts written for this test; events and
// involved_in relations are kept in testdata/events_article_anaphora.golden.
func TestArticleEventAnaphora(t *testing.T) {
	filler := strings.Repeat("Shares fell. ", 7)
	texts := []string{
		"Acme Motors signed a deal with Borvex Holdings on Monday. " + filler + "Senator Tom Hale signed the deal.",
		"Acme Motors signed a deal with Borvex Holdings on Monday. Peru signed a deal with Chile. " + filler + "Senator Tom Hale signed the deal.",
		"Mr Tom Hale has already pleaded guilty to fraud. Shares fell. The fraud was organised by Acme Motors.",
		"Acme Motors signed a deal with Borvex Holdings on Monday. Prices rose. The deal was also signed by Senator Tom Hale.",
		"Peru and Chile signed an agreement to reschedule Peru's debts. The agreement was signed by Peruvian Finance Minister Chu Okongwu and the Export Credits Guarantee Department's (ECGD) chief executive Jack Gill.",
		"The Lima summit was attended by Peru, Chile as well as the U.S. And Japan.",
	}
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{texts[0], "Tom Hale", "deal with Borvex Holdings", true},
		{texts[1], "Tom Hale", "deal with Borvex Holdings", false}, // two deals: ambiguous
		{texts[2], "Acme Motors", "fraud", true},
		{texts[3], "Tom Hale", "deal with Borvex Holdings", true},
		{texts[4], "Jack Gill", "agreement to reschedule Peru's debts", true},
		{texts[4], "Chu Okongwu", "agreement to reschedule Peru's debts", true},
		{texts[5], "Japan", "Lima summit", true},
		// A qualifier no item follows is the agent: "by X's government".
		{"The Lima summit, organised by Senator Tom Hale's party, opened on Monday.", "Tom Hale", "Lima summit", true},
	})
	involvementGolden(t, "events_article_anaphora.golden", texts)
}
