package entities

import (
	"testing"
)

// TestGatherGolden keeps in testdata/events_gather.golden the events and
// involved_in relations of the gathering wordings of events_gather_*.go
// and relations_gather*.go, on sentences written for this test, so that
// a change to a name or a participant shows in the diff.
func TestGatherGolden(t *testing.T) {
	involvementGolden(t, "events_gather.golden", []string{
		"Treasury Secretary Tom Hale said in a speech to the Vesta Chamber of Commerce that rates would rise.",
		"Treasury Secretary Tom Hale, in a speech to the Vesta Chamber of Commerce, said rates would rise.",
		"In testimony before a House appropriations subcommittee, Treasury Secretary Tom Hale said rates would rise.",
		"Treasury Secretary Tom Hale was in Lisbon. In a speech to bankers, he said rates would rise.",
		"Treasury Secretary Tom Hale said in a statement that rates would rise.",
		"Deputy minister Ola Brand said a meeting of the Vesta Growers Association would be held next week.",
		"Deputy minister Ola Brand said there would be a meeting of the Vesta Bank board next week.",
		"Senator Tom Hale held talks on trade in Lisbon on Monday.",
		"Senator Tom Hale and President Ana Ruiz will hold talks in Lisbon next week.",
		"Senator Tom Hale chaired a meeting of ministers in Lisbon.",
		"Senator Tom Hale testified at a hearing of the Senate Banking Committee.",
		"The Vesta Growers Association held its annual meeting in Lisbon.",
		"Senator Tom Hale refused to attend a meeting of ministers in Lisbon.",
		"Senator Tom Hale said at a news conference that prices would rise.",
		"Treasury Secretary Tom Hale made the pledge during talks with President Ana Ruiz in Lisbon.",
		"Minister Ana Ruiz said the case was resolved at a meeting with President Tom Hale.",
		"Rates rose after finance minister Tom Hale's prepared speech to the House of Commons.",
		"Senator Tom Hale was in Lisbon. Rates rose after his speech to bankers.",
	})
}
