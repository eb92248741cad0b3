package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDatedGatherings checks the gatherings a day in the possessive names
// (events_dated.go) and the passive of a relative clause on an event or
// its anaphor (byAfter), on sentences written for this test; the events
// and involved_in relations of each text are kept in
// testdata/events_dated.golden.
func TestDatedGatherings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Senator Tom Hale said at yesterday's G-7 meeting that rates would rise.", "Tom Hale", "yesterday's G-7 meeting", true},
		{"Senator Tom Hale said at yesterday's G-7 meeting that rates would rise.", "Group of 7", "yesterday's G-7 meeting", true},
		{"Rates fell before Wednesday's meetings of leading nations in Lisbon. Officials said the meeting, which will be attended by Peru, Chile and Brazil, would be short.", "Chile", "Wednesday's meeting", true},
		{"Rates fell before Wednesday's meetings of leading nations in Lisbon. Officials said the meeting, which will be attended by Peru, Chile and Brazil, would be short.", "Brazil", "Wednesday's meeting", true},
		{"Peru will attend next week's IMF meetings in Lisbon.", "Peru", "next week's IMF meeting", true},
		{"Acme Motors said Monday's rally lifted its shares.", "Acme Motors", "Monday's rally", false},
		{"Chile criticised yesterday's meeting in Lima.", "Chile", "yesterday's meeting", false},
		// The relative clause: the pronoun's subject is the event.
		{"The Lima summit, which was hosted by Chile and Peru, ended on Monday.", "Peru", "Lima summit", true},
		{"The Lima summit, which will be attended by Chile as well as the United States, opens today.", "United States", "Lima summit", true},
		{"The Lima summit, which Chile said was hosted by Peru, ended.", "Chile", "Lima summit", false},
	})
	involvementGolden(t, "events_dated.golden", []string{
		"Senator Tom Hale said at yesterday's G-7 meeting that rates would rise.",
		"Tuesday's Ecofin meeting of the finance ministers of all 25 EU members was short.",
		"Mr De Clercq took a hard line at this weekend meeting in central Japan.",
		"Rates fell before Wednesday's meetings of leading nations in Lisbon. Officials said the meeting, which will be attended by Peru, Chile and Brazil, would be short.",
		"Today's news was bad. Monday's rally lifted shares. Next week's figures may help.",
		"The Lima summit, which will be attended by Chile as well as the United States, opens today.",
	})
}
