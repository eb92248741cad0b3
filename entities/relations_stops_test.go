package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestStopVisits checks an itinerary given by its stops, the traveller
// named in an earlier sentence, on sentences written for this test.
func TestStopVisits(t *testing.T) {
	const tour = "Prime Minister Anna Kovacs is visiting Tokyo on Monday. "
	checkIngestRelCases(t, graph.Visits, []relCase{
		{tour + "Stops in Seoul, Manila and Jakarta are planned for later in the week.", "Anna Kovacs", "Manila", true},
		{tour + "Further stops at Seoul and Jakarta are expected.", "Anna Kovacs", "Jakarta", true},
		// Two travellers before: the stops are no one's.
		{tour + "Ivan Petrov is visiting Hanoi. Stops in Seoul and Jakarta are planned.", "Anna Kovacs", "Jakarta", false},
		// No itinerary: the sentence does not open with its stops.
		{tour + "Bus stops in Seoul and Jakarta were closed.", "Anna Kovacs", "Jakarta", false},
	})
}

// TestVisitSuchAs checks the examples a travel verb's object gives after
// ", such as", on sentences written for this test.
func TestVisitSuchAs(t *testing.T) {
	checkIngestRelCases(t, graph.Visits, []relCase{
		{"Prime Minister Anna Kovacs will visit port cities, such as Osaka and Kobe, next week.", "Anna Kovacs", "Kobe", true},
		// No travel verb before the object.
		{"Prime Minister Anna Kovacs praised port cities, such as Osaka and Kobe, last week.", "Anna Kovacs", "Kobe", false},
	})
}
