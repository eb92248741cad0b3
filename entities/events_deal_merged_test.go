package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMergedEvents checks mergers stated by a merging verb
// (mergedCompanies, events_deal_merged.go) on sentences written for this
// test, and a later "the merger" or "the takeover" naming the article's
// one verb-stated deal (events_anaphora.go): the events and involved_in relations are kept in
// testdata/events_deal_merged.golden.
func TestMergedEvents(t *testing.T) {
	texts := []string{
		"Acme Motors merged with Borvex Holdings in 2004.",
		"Acme Motors Inc and Borvex Holdings Ltd agreed to merge.",
		"Acme Motors said it agreed to merge with the Borvex Company.",
		"Acme Motors Inc and Borvex Holdings Ltd have agreed plans to merge.",
		"Acme Motors is set to merge with state oil firm Borvex Holdings.",
		"Acme Motors merged its two trucks units last year.",
		"Acme Motors and Borvex Holdings want to merge.",
		"Peru and Chile agreed to merge.",
		"Acme Motors was merged into Borvex Holdings.",
		"Acme Motors Inc and Borvex Holdings Ltd merged their pump units.",
		"Traders at Acme Motors, which last month agreed to merge with Borvex Holdings, left.",
		"Acme Motors has since merged with Borvex Holdings.",
		"Acme Motors, which may merge with Borvex Holdings, fell.",
		"Acme Motors merged with Borvex Holdings. " + strings.Repeat("Shares fell. ", 7) + "Kestrel Bank signed the merger.",
		"Acme Motors took over Borvex Holdings last year. Kestrel Bank signed the takeover.",
	}
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{texts[0], "Acme Motors", "merger of Acme Motors and Borvex Holdings", true},
		{texts[0], "Borvex Holdings", "merger of Acme Motors and Borvex Holdings", true},
		{texts[1], "Borvex Holdings Ltd", "merger of Acme Motors Inc and Borvex Holdings Ltd", true},
		{texts[2], "Borvex Company", "merger of Acme Motors and Borvex Company", true},
		{texts[3], "Acme Motors Inc", "merger of Acme Motors Inc and Borvex Holdings Ltd", true},
		{texts[4], "Borvex Holdings", "merger of Acme Motors and Borvex Holdings", true},
		{texts[5], "Acme Motors", "merger of Acme Motors", false},
		{texts[6], "Acme Motors", "merger of Acme Motors and Borvex Holdings", false},
		{texts[7], "Acme Motors", "merger of Acme Motors", false},
		{texts[8], "Peru", "merger of Peru and Chile", false},
		{texts[9], "Borvex Holdings Ltd", "merger of Acme Motors Inc and Borvex Holdings Ltd", true},
		{texts[10], "Acme Motors", "merger of Acme Motors and Borvex Holdings", true},
		{texts[11], "Borvex Holdings", "merger of Acme Motors and Borvex Holdings", true},
		{texts[12], "Acme Motors", "merger of Acme Motors and Borvex Holdings", false},
		// A later definite head names the article's one event of that head
		// (articleEvent, events_anaphora.go), the verb-stated deals too.
		{texts[13], "Kestrel Bank", "merger of Acme Motors and Borvex Holdings", true},
		{texts[14], "Kestrel Bank", "takeover of Borvex Holdings", true},
	})
	involvementGolden(t, "events_deal_merged.golden", texts)
}
