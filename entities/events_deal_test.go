package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDealEvents checks agreements made by their named parties with a
// bare or vague object (madeDeals, events_deal_made.go) and takeovers
// stated by a buying verb (boughtCompanies, events_deal_bought.go), on
// sentences written for this test, in the active and the passive voice
// (events_deal_passive.go); the events and involved_in relations
// are kept in testdata/events_deal.golden.
func TestDealEvents(t *testing.T) {
	texts := []string{
		"Peru and Chile said they had struck a deal.",
		"Ghana and Togo reached a preliminary agreement on Monday.",
		"Acme Motors, Borvex Holdings and Kestrel Bank have signed an accord.",
		"Acme Motors said it signed an agreement to sell its trucks unit.",
		"Acme Motors and Borvex Holdings want to reach a deal.",
		"Acme Motors and Borvex Holdings signed an agreement partner list.",
		"Acme Motors said it agreed to acquire <Borvex Holdings Inc> for 50 mln dlrs.",
		"Acme Motors has bought the Borvex Company for five mln dlrs.",
		"Acme Motors took over Borvex Holdings in 2004.",
		"Acme Motors acquired Borvex Holdings, a maker of pumps, last year.",
		"Acme Motors bought 5 pct of Borvex Holdings.",
		"Acme Motors bought the Borvex Holdings stake last year.",
		"Acme Motors wants to buy Borvex Holdings.",
		"Acme Motors was acquired by Borvex Holdings.",
		"Acme Motors sued Borvex Holdings for damages.",
		"Acme Motors was sued by Borvex Holdings.",
		"Acme Motors said it sold Borvex Holdings Inc to Kestrel Bank for 50 mln dlrs.",
		"Acme Motors sold Borvex shares last year.",
		"Acme Motors said it agreed to sell its trucks unit to Kestrel Bank.",
		"Acme Motors sold its stake last year.",
		"Acme Motors, the biggest maker of pumps, said it agreed to acquire Borvex Holdings Inc.",
		"The Borvex Group was taken over by Acme Motors last year.",
		"Borvex Holdings said it agreed to be acquired by Acme Motors.",
		"Shares were bought by Acme Motors.",
		"Borvex Holdings will be acquired by Acme Motors.",
		"Acme Motors said it agreed in principle to acquire Borvex Holdings Inc.",
		"Acme Motors said it signed a definitive agreement to acquire <Borvex Holdings Inc> for stock.",
	}
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{texts[0], "Peru", "deal", true},
		{texts[0], "Chile", "deal", true},
		{texts[1], "Togo", "preliminary agreement", true},
		{texts[2], "Kestrel Bank", "accord", true},
		{texts[3], "Acme Motors", "agreement to sell its trucks unit", true},
		{texts[4], "Acme Motors", "deal", false},
		{texts[5], "Acme Motors", "agreement", false},
		{texts[6], "Acme Motors", "acquisition of Borvex Holdings Inc", true},
		{texts[6], "Borvex Holdings Inc", "acquisition of Borvex Holdings Inc", true},
		{texts[7], "Borvex Company", "purchase of Borvex Company", true},
		{texts[8], "Acme Motors", "takeover of Borvex Holdings", true},
		{texts[9], "Borvex Holdings", "acquisition of Borvex Holdings", true},
		{texts[10], "Acme Motors", "purchase of Borvex Holdings", false},
		{texts[11], "Acme Motors", "purchase of Borvex Holdings", false},
		{texts[12], "Acme Motors", "purchase of Borvex Holdings", false},
		{texts[13], "Borvex Holdings", "acquisition", false},
		{texts[14], "Acme Motors", "lawsuit against Borvex Holdings", true},
		{texts[14], "Borvex Holdings", "lawsuit against Borvex Holdings", true},
		{texts[15], "Borvex Holdings", "lawsuit against Borvex Holdings", false},
		{texts[16], "Acme Motors", "sale of Borvex Holdings Inc", true},
		{texts[16], "Kestrel Bank", "sale of Borvex Holdings Inc", true},
		{texts[17], "Acme Motors", "sale of Borvex", false},
		{texts[18], "Acme Motors", "sale of its trucks unit", true},
		{texts[18], "Kestrel Bank", "sale of its trucks unit", true},
		{texts[19], "Acme Motors", "sale of its stake", false},
		{texts[20], "Acme Motors", "acquisition of Borvex Holdings Inc", true},
		{texts[21], "Borvex Group", "takeover of Borvex Group", true},
		{texts[21], "Acme Motors", "takeover of Borvex Group", true},
		{texts[22], "Acme Motors", "acquisition of Borvex Holdings", true},
		{texts[23], "Acme Motors", "purchase", false},
		{texts[24], "Acme Motors", "acquisition of Borvex Holdings", false},
		{texts[25], "Borvex Holdings Inc", "acquisition of Borvex Holdings Inc", true},
		{texts[26], "Borvex Holdings Inc", "definitive agreement", true},
	})
	involvementGolden(t, "events_deal.golden", texts)
}
