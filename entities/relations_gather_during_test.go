package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestWithTalksSubject checks the subject whose act a clause places at,
// during or after talks "with" another side (relations_gather_during.go),
// on sentences written for this test.
func TestWithTalksSubject(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Treasury Secretary Tom Hale said after talks with President Ana Ruiz that rates would rise.", "Tom Hale", "talks with President Ana Ruiz", true},
		{"Treasury Secretary Tom Hale made the pledge during talks with President Ana Ruiz in Lisbon.", "Tom Hale", "talks with President Ana Ruiz", true},
		{"Treasury Secretary Tom Hale told reporters after a meeting with President Ana Ruiz that rates would rise.", "Tom Hale", "meeting with President Ana Ruiz", true},
		{"Treasury Secretary Tom Hale made the recommendation at a meeting with President Ana Ruiz.", "Tom Hale", "meeting with President Ana Ruiz", true},
		// Another name between, a negation, a name that is not the
		// subject, a clause the verb of saying reports.
		{"Minister Ana Ruiz said the case was resolved at a meeting with President Tom Hale.", "Ana Ruiz", "meeting with President Tom Hale", false},
		{"Prime Minister Ana Ruiz will ease Ruritania-Vesta trade friction at a meeting with President Tom Hale.", "Vesta", "meeting with President Tom Hale", false},
		{"Treasury Secretary Tom Hale told President Ana Ruiz after talks with Vesta Bank that rates would rise.", "Tom Hale", "talks with Vesta Bank", false},
		{"Treasury Secretary Tom Hale did not speak after talks with President Ana Ruiz.", "Tom Hale", "talks with President Ana Ruiz", false},
		{"The deputy of Treasury Secretary Tom Hale spoke after talks with President Ana Ruiz.", "Tom Hale", "talks with President Ana Ruiz", false},
	})
}
