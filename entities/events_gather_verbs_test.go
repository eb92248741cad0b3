package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGatherObjects checks gatherings a participation verb takes as its
// object (events_gather_verbs.go), on sentences written for this test.
func TestGatherObjects(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Senator Tom Hale held talks on trade in Lisbon on Monday.", "Tom Hale", "talks on trade", true},
		// Talks held without a named side are one occurrence too (the
		// guide: "a particular occurrence the text denotes without a
		// proper name ... is an event like a named one").
		{"Premier Ana Ruiz held talks in Lisbon on Monday.", "Ana Ruiz", "talks", true},
		{"Senator Tom Hale and President Ana Ruiz will hold talks in Lisbon next week.", "Tom Hale", "talks", true},
		{"Senator Tom Hale and President Ana Ruiz will hold talks in Lisbon next week.", "Ana Ruiz", "talks", true},
		{"Senator Tom Hale chaired a meeting of ministers in Lisbon.", "Tom Hale", "meeting of ministers", true},
		{"Senator Tom Hale took part in a conference on trade in Lisbon.", "Tom Hale", "conference on trade", true},
		{"Senator Tom Hale spoke at a conference on trade in Lisbon.", "Tom Hale", "conference on trade", true},
		{"Senator Tom Hale testified at a hearing of the Senate Banking Committee.", "Tom Hale", "hearing", true},
		{"The Vesta Growers Association held its annual meeting in Lisbon.", "Vesta Growers Association", "annual meeting", true},
		// A wish, a refusal, a statement's occasion.
		{"Senator Tom Hale called for talks on trade in Lisbon.", "Tom Hale", "talks on trade", false},
		{"Senator Tom Hale refused to attend a meeting of ministers in Lisbon.", "Tom Hale", "meeting of ministers", false},
		{"Senator Tom Hale said at a news conference that prices would rise.", "Tom Hale", "news conference", false},
	})
}
