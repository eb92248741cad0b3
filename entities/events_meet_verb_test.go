package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMetMeetings checks meetings stated by the verb "meet"
// (events_meet_verb.go, relations_meet_verb.go) on sentences written for
// this test: both sides of "X met Y", the names of a subject list, a
// side with its title and demonym, and no meeting under a negation, a
// wish or a modal, or with an object that is no side.
func TestMetMeetings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Trade commissioner Ola Brand met Belgian minister Tom Hale late last night to plan a new offer.", "Ola Brand", "meeting", true},
		{"Trade commissioner Ola Brand met Belgian minister Tom Hale late last night to plan a new offer.", "Tom Hale", "meeting", true},
		{"Trade commissioner Ola Brand met Belgian minister Tom Hale late last night to plan a new offer.", "Belgium", "meeting", false},
		{"Premier Ana Ruiz has agreed to meet Senator Tom Hale in Lisbon in early May.", "Tom Hale", "meeting", true},
		{"Premier Ana Ruiz has agreed to meet Senator Tom Hale in Lisbon in early May.", "Ana Ruiz", "meeting", true},
		{"Farm minister Ola Brand said he will meet Senator Tom Hale here on April 17.", "Tom Hale", "meeting", true},
		{"Acme Motors met with Borvex Motors on Friday amid talk of a bid.", "Borvex Motors", "meeting", true},
		{"Premier Ana Ruiz and Senator Tom Hale met in Lisbon on Monday.", "Ana Ruiz", "meeting", true},
		{"Premier Ana Ruiz and Senator Tom Hale met in Lisbon on Monday.", "Tom Hale", "meeting", true},
		{"Premier Ana Ruiz met with Senator Tom Hale, Governor Ola Brand and other officials.", "Ola Brand", "meeting", true},
		{"Vesta Growers Association officials meet in Lisbon on Friday to set prices.", "Vesta Growers Association", "meeting", true},
		{"Senator Tom Hale will meet with representatives from grain companies today.", "Tom Hale", "meeting", true},
		{"Acme Motors executives met senior Borvex Motors officials in Lisbon.", "Acme Motors", "meeting", true},
		{"The book says Senator Tom Hale met then Trade Minister Ana Ruiz in March.", "Ana Ruiz", "meeting", true},
		{"Acme Motors chairman Tom Hale met Premier Ana Ruiz in Lisbon.", "Acme Motors", "meeting", false},
		// No meeting stated, or no side met.
		{"Premier Ana Ruiz did not meet Senator Tom Hale in Lisbon.", "Tom Hale", "meeting", false},
		{"Premier Ana Ruiz refused to meet Senator Tom Hale in Lisbon.", "Tom Hale", "meeting", false},
		{"Premier Ana Ruiz hopes to meet Senator Tom Hale in Lisbon.", "Tom Hale", "meeting", false},
		{"Premier Ana Ruiz may meet Senator Tom Hale in Lisbon.", "Tom Hale", "meeting", false},
		{"Acme Motors met Borvex Motors' demands on Friday.", "Borvex Motors", "meeting", false},
		{"Acme Motors and Borvex Motors met analysts' forecasts for the quarter.", "Acme Motors", "meeting", false},
		{"Officials from Peru met Senator Tom Hale in Lisbon.", "Peru", "meeting", false},
		{"Senator Tom Hale met analysts' forecasts for the quarter.", "Tom Hale", "meeting", false},
		{"Premier Ana Ruiz and Senator Tom Hale met as students at Lisbon University.", "Tom Hale", "meeting", false},
		{"Acme Motors met briefly before the Vesta Growers Association meeting.", "Vesta Growers Association", "meeting", false},
		// Players and teams meet in a game, not a meeting.
		{"Tom Hale will meet Ana Ruiz in the final of the tournament on Sunday.", "Ana Ruiz", "meeting", false},
	})
}
