package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMeetForms checks the further wordings of a meeting stated by the
// verb (events_meet_forms.go) on sentences written for this test: a time
// or place between "met" and "with", the progressive "meeting", and
// neither where the words state no one meeting.
func TestMeetForms(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"President Ana Ruiz met here today with Finance Minister Ola Brand.", "Ola Brand", "meeting", true},
		{"President Ana Ruiz met here today with Finance Minister Ola Brand.", "Ana Ruiz", "meeting", true},
		{"President Ana Ruiz met for more than an hour with Acme Bank chief Tom Hale.", "Tom Hale", "meeting", true},
		{"Bank president Ola Brand met last night with Ruritanian officials.", "Ola Brand", "meeting", true},
		{"Senator Tom Hale met on Monday with Governor Ola Brand and Mayor Bob Lee.", "Bob Lee", "meeting", true},
		{"Vesta Growers Association officials are meeting on Thursday in Lisbon.", "Vesta Growers Association", "meeting", true},
		{"Prime Minister Tom Hale is meeting his Ruritanian counterparts to finalise the plan.", "Tom Hale", "meeting", true},
		{"Senator Tom Hale and Governor Ana Ruiz have been meeting privately.", "Ana Ruiz", "meeting", true},
		{"Chancellor Tom Hale, who met Finance Minister Ana Ruiz yesterday, said the plan would work.", "Tom Hale", "meeting", true},
		{"Chancellor Tom Hale, who met Finance Minister Ana Ruiz yesterday, said the plan would work.", "Ana Ruiz", "meeting", true},
		// Many meetings, a figure, a noun, a clause of its own, a
		// meeting denied.
		{"Officials said Tom Hale and Ana Ruiz, who had not met before, discussed the plan.", "Ana Ruiz", "meeting", false},
		{"Acme Motors, which met Borvex Motors' forecasts, said sales rose.", "Acme Motors", "meeting", false},
		{"Senator Tom Hale met frequently with Governor Ola Brand.", "Ola Brand", "meeting", false},
		{"Senator Tom Hale met regularly with Governor Ola Brand.", "Tom Hale", "meeting", false},
		{"Acme Motors is meeting its sales targets, Tom Hale said.", "Acme Motors", "meeting", false},
		{"Senator Tom Hale will be meeting Governor Ola Brand if time allows.", "Ola Brand", "meeting", false},
		{"The meeting was a success, Senator Tom Hale said.", "Tom Hale", "meeting", false},
		{"President Ana Ruiz met for an hour with Governor Tom Hale, and Senator Ola Brand said they agreed.", "Ola Brand", "meeting", false},
		{"President Ana Ruiz met with Governor Tom Hale and Senator Ola Brand said they agreed.", "Ola Brand", "meeting", false},
	})
}
