package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCorpEvents checks corporate and financial events stated by nouns,
// on sentences written for this test: takeover offers by their recipient
// and bidder (offerEvents, events_corp_offers.go), agreements stated by
// "agreed to" after two or more parties (agreedEvents,
// events_corp_agreed.go), moratoriums
// (event_nominals), a phrase ended by a verb in the past (pastVerbAt),
// Reuters' brackets around a side (phraseSideAt) and tickers in a list
// of sides (tickerEnd), a year or a proposal between an owner and its
// deal (phraseOpening) and an owner pronoun before them (phraseOwner);
// the events and involved_in relations are kept in
// testdata/events_corp.golden.
func TestCorpEvents(t *testing.T) {
	texts := []string{
		"Acme Motors has rejected a takeover offer worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from Borvex Holdings.",
		"Acme Motors said it received an unsolicited tender offer of 45 dlrs a share from Borvex Holdings Inc.",
		"Acme Motors rejected a takeover bid by Borvex Holdings.",
		"Acme Motors has not received a takeover offer.",
		"Acme Motors rejected the offer.",
		"Acme Motors rejected the offer price.",
		"Peru's interest payments moratorium, announced last month, angered banks.",
		"He said the impact of Peru's debt moratorium on the Kestrel Bank was small.",
		"Peru and Chile said they had signed a debt rescheduling pact.",
		"Peru's new foreign debt agreement sparked a rally in local markets.",
		"The proposed acquisition by <Borvex Holdings Plc> of <Acme Motors Plc> was also cleared.",
		"Acme Motors' 1981 acquisition of Borvex Holdings reduced competition.",
		"Acme Motors said its proposed acquisition of Borvex Holdings was approved.",
		"Acme Motors said the proposed talks with Borvex Holdings would start soon.",
		"The contract went to the successful bid by Acme Motors <ACME.N> and <Borvex Holdings>.",
		"Acme Motors said its 1986 sales rose.",
		"In Lima, Peru, Chile and Bolivia agreed to cooperate in stabilising exchange rates.",
		"Peru agreed to cooperate with Chile.",
		"Peru and Chile have not agreed to cooperate.",
	}
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{texts[0], "Acme Motors", "takeover offer", true},
		{texts[0], "Borvex Holdings", "takeover offer", true},
		{texts[1], "Acme Motors", "tender offer", true},
		{texts[1], "Borvex Holdings Inc", "tender offer", true},
		{texts[2], "Acme Motors", "takeover bid by Borvex Holdings", true},
		{texts[3], "Acme Motors", "takeover offer", false},
		{texts[4], "Acme Motors", "offer", false},
		{texts[5], "Acme Motors", "offer", false},
		{texts[6], "Peru", "interest payments moratorium", true},
		{texts[7], "Kestrel Bank", "debt moratorium", false},
		{texts[7], "Peru", "debt moratorium", true},
		{texts[8], "Peru", "debt rescheduling pact", true},
		{texts[9], "Peru", "foreign debt agreement", true},
		{texts[10], "Borvex Holdings Plc", "acquisition by Borvex Holdings Plc", true},
		{texts[10], "Acme Motors Plc", "acquisition by Borvex Holdings Plc", true},
		{texts[11], "Acme Motors", "acquisition of Borvex Holdings", true},
		{texts[11], "Borvex Holdings", "acquisition of Borvex Holdings", true},
		{texts[12], "Acme Motors", "acquisition of Borvex Holdings", true},
		{texts[13], "Acme Motors", "talks with Borvex Holdings", false},
		{texts[14], "Borvex Holdings", "successful bid by Acme Motors", true},
		{texts[15], "Acme Motors", "sale", false},
		{texts[16], "Peru", "agreement", true},
		{texts[16], "Bolivia", "agreement", true},
		{texts[16], "Lima", "agreement", false},
		{texts[17], "Peru", "agreement", false},
		{texts[18], "Peru", "agreement", false},
	})
	involvementGolden(t, "events_corp.golden", texts)
}
