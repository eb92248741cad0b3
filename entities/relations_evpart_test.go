package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEvpartTitledLists checks that every name of a list whose items carry
// their own titles takes part in the event its action names
// (relations_evpart_lists.go), on sentences written for this test.
func TestEvpartTitledLists(t *testing.T) {
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{"Peruvian President Ola Brand and Chilean President Tom Hale signed the Lima accord in Lima on Tuesday.", "Ola Brand", "Lima accord", true},
		{"Peruvian President Ola Brand and Chilean President Tom Hale signed the Lima accord in Lima on Tuesday.", "Tom Hale", "Lima accord", true},
		{"Argentine President Ola Brand and Venezuelan President Tom Hale signed the Lima accord in Lima on Tuesday.", "Ola Brand", "Lima accord", true},
		{"Treasury Secretary Ola Brand and Federal Reserve Board Chairman Tom Hale attended the Lima summit on Monday.", "Ola Brand", "Lima summit", true},
		// No title before the second name: "Acme" is no list item of Brand's.
		{"Ola Brand met the Acme Motors chief, who attended the Lima summit on Monday.", "Ola Brand", "Lima summit", false},
		{"Ola Brand said Chilean President Tom Hale attended the Lima summit on Monday.", "Ola Brand", "Lima summit", false},
	})
}

// TestEvpartSpeakers checks speakers at gatherings read from the parse
// (relations_evpart_speaker.go), on sentences written for this test.
func TestEvpartSpeakers(t *testing.T) {
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{"Ola Brand told Reuters as he was about to address a meeting of the Lima Traders Association.", "Ola Brand", "meeting of the Lima Traders Association", true},
		{"Ola Brand said that he intended to raise the problem in greater detail at tomorrow's meeting of the Andean Development Committee.", "Ola Brand", "tomorrow's meeting", true},
		{"Ola Brand is expected to present his conclusions at the annual meeting of the Andean Bank in Lima during April.", "Ola Brand", "annual meeting of the Andean Bank", true},
		{"\"Prices will not fall,\" Ola Brand told a Senate Agriculture Committee hearing.", "Ola Brand", "hearing", true},
		{"Ola Brand, speaking to Lima oil executives at the annual meeting of the Andean Bank, said the tax would stay.", "Ola Brand", "annual meeting of the Andean Bank", true},
		{"Speaking to reporters at the annual meeting of the Andean Bank, Ola Brand said the tax would stay.", "Ola Brand", "annual meeting of the Andean Bank", true},
		{"Ola Brand made her debut speech at the Andean Bank annual meeting in Lima last October.", "Ola Brand", "Andean Bank meeting", true},
		// Not at the gathering, or not spoken there.
		{"Ola Brand told reporters after the meeting of the Lima Traders Association that prices would fall.", "Ola Brand", "meeting of the Lima Traders Association", false},
		{"Ola Brand did not address the meeting of the Lima Traders Association.", "Ola Brand", "meeting of the Lima Traders Association", false},
		{"Ola Brand hopes to speak at the annual meeting of the Andean Bank in Lima.", "Ola Brand", "annual meeting of the Andean Bank", false},
		{"Ola Brand said the plan would be discussed at the annual meeting of the Andean Bank in Lima.", "Ola Brand", "annual meeting of the Andean Bank", false},
	})
}

// TestEvpartOwners checks bodies that open a gathering's name as a pair or
// before a word of when it is held (openingBodies,
// relations_nominal_compound.go), on sentences written for this test.
func TestEvpartOwners(t *testing.T) {
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{"Ola Brand spoke to reporters before the International Monetary Fund and World Bank annual meeting in Lima.", "International Monetary Fund", "International Monetary Fund and World Bank meeting", true},
		{"Ola Brand spoke to reporters before the International Monetary Fund and World Bank annual meeting in Lima.", "World Bank", "International Monetary Fund and World Bank meeting", true},
		{"Prices rose ahead of the OPEC ministerial meeting in Vienna.", "Organization of the Petroleum Exporting Countries", "OPEC ministerial meeting", true},
	})
}
