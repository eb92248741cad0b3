package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEventAnaphora checks that "the <head>" reaches the one named event
// of its head's family, and none when two are in reach or the text has
// brought in an unnamed event of that head, on sentences written for this
// test.
func TestEventAnaphora(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The Lima fishing conference opened on Monday. Senator Ana Ruiz chaired the forum.", "Ana Ruiz", "Lima fishing conference", true},
		{"The Oslo summit opened on Monday. On Tuesday, Peru attended the meeting.", "Peru", "Oslo summit", true},
		{"The Lima bombing killed ten. Senator Ana Ruiz was injured in the blast.", "Ana Ruiz", "Lima bombing", true},
		{"The Lima accord lapsed in May. Peru has signed the pact.", "Peru", "Lima accord", true},
		{"The Uruguay Round began in 1986. Peru took part in the round.", "Peru", "Uruguay Round", true},
		{"The Lima strike began on Monday. The Acme Workers Union staged the strike.", "Acme Workers Union", "Lima strike", true},
		// Modifiers that do not tell one event from another.
		{"The Oslo summit opened on Monday. Peru attended the two-day summit.", "Peru", "Oslo summit", true},
		{"The Oslo summit opened on Monday. Peru attended the annual summit.", "Peru", "Oslo summit", true},
		{"The Oslo summit opened on Monday. Peru attended the last summit.", "Peru", "Oslo summit", false},
		// A place that says where the actor is, not who acts.
		{"The Lima strike began on Monday. Civil servants in Peru joined the strike.", "Peru", "Lima strike", false},
		// Two gatherings in reach: "the meeting" is ambiguous.
		{"The Oslo summit opened on Monday. The Lima conference ended. Peru attended the meeting.", "Peru", "Oslo summit", false},
		{"The Oslo summit opened on Monday. The Lima conference ended. Peru attended the meeting.", "Peru", "Lima conference", false},
		// An unnamed conference brought in since.
		{"The Oslo summit opened on Monday. A conference on fishing met in Lima, and Peru chaired the conference.", "Peru", "Oslo summit", false},
		// Another family: a pact is no gathering, talks are no conference.
		{"The Oslo summit opened on Monday. Peru has signed the pact.", "Peru", "Oslo summit", false},
		{"The Oslo talks resumed on Monday. Senator Ana Ruiz chaired the conference.", "Ana Ruiz", "Oslo talks", false},
	})
}

// TestEventAnaphoraDate checks that the date of the sentence that refers
// to an event goes with the relation read through the reference.
func TestEventAnaphoraDate(t *testing.T) {
	ex := New().ExtractArticle("The Oslo fishing conference opened in May. Peru chaired the forum on June 3, 2024.", ArticleInfo{})
	want := "involved_in Peru -> Oslo fishing conference {date=2024-06-03}"
	if !slices.Contains(relStrings(ex), want) {
		t.Errorf("relations = %q, want %q", relStrings(ex), want)
	}
}
