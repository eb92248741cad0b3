package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestLedGatherings checks gatherings a speech or attendance wording
// leads to whatever their determiner and modifiers (events_gather_led.go)
// and the speaker who told an audience at one (toldAtGathering), on
// sentences written for this test.
func TestLedGatherings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Commerce minister Tom Hale told the conference in Lisbon that prices would rise.", "Tom Hale", "conference", true},
		{"Bank president Tom Hale told a conference in Oporto that rates would stay.", "Tom Hale", "conference", true},
		{"Speaking to an Agribusiness Education forum here, Senator Tom Hale said rates would rise.", "Tom Hale", "Agribusiness Education forum", true},
		{"Senator Tom Hale made his remarks at a U.S.-Israeli trade meeting in Washington.", "Israel", "U.S.-Israeli trade meeting", true},
		{"Trade minister Tom Hale told his colleagues at a welcoming ceremony that trade would grow.", "Tom Hale", "welcoming ceremony", true},
		{"Agriculture Secretary Tom Hale attended a Vesta Growers Policy Council meeting on Monday.", "Tom Hale", "Vesta Growers Policy Council meeting", true},
		{"The meeting was attended by French President Tom Hale and officials of both countries.", "Tom Hale", "meeting", true},
		// "The conference" is the first event of a gathering no rule
		// read before; after an event of one it is that one again
		// (events_anaphora.go), not a new one.
		{"A conference on trade opened in Lisbon. Senator Tom Hale told the conference that prices would rise.", "Tom Hale", "conference", true},
		{"The Lima fishing conference opened on Monday. Senator Tom Hale told the forum that prices would rise.", "Tom Hale", "forum", false},
		{"The Lima fishing conference opened on Monday. Senator Tom Hale told the forum that prices would rise.", "Tom Hale", "Lima fishing conference", true},
		// A statement's occasion, a refusal, an audience that is no
		// gathering's modifier, a gathering no word tells from another.
		{"Senator Tom Hale told a news conference in Lisbon that prices would rise.", "Tom Hale", "news conference", false},
		{"Senator Tom Hale refused to attend the conference in Lisbon.", "Tom Hale", "conference", false},
		{"Premier Ana Ruiz hosted the summit in Lisbon on Monday.", "Ana Ruiz", "summit", true},
		{"Premier Ana Ruiz did not join the talks in Lisbon.", "Ana Ruiz", "talks", false},
		{"Speaking to reporters after talks with the bankers, Senator Tom Hale said rates would rise.", "Tom Hale", "reporters after talks", false},
		{"Senator Tom Hale told a closed meeting that prices would rise.", "Tom Hale", "closed meeting", false},
	})
}
