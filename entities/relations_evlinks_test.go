package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestActsAtGatherings checks that any act at a gathering puts its
// subject there, the object of a raising verb doing the act
// (relations_evpart_atgathering.go), and that a verb taking "at" for its
// object or a passive does not, on sentences written for this test.
func TestActsAtGatherings(t *testing.T) {
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{"Finance minister Ola Brand said he would seek action on the issue at the next meeting of the Andean Bank in May.", "Ola Brand", "meeting of the Andean Bank", true},
		{"Analysts at Vesta Bank expect OPEC to cut output at its meeting in Vienna.", "Organization of the Petroleum Exporting Countries", "meeting", true},
		{"Analysts at Vesta Bank expect OPEC to cut output at its meeting in Vienna.", "Vesta Bank", "meeting", false},
		{"Ola Brand was criticised at the annual meeting of the Andean Bank in Lima.", "Ola Brand", "annual meeting of the Andean Bank", false},
		{"Ola Brand hinted at the annual meeting of the Andean Bank in an interview.", "Ola Brand", "annual meeting of the Andean Bank", false},
	})
}

// TestParseParticipants checks the participants the parse patterns read
// in place of a body that only qualifies a title and of a role
// description (relations_parse_titlebody.go), and the clause verbs and
// possessors added with them, on sentences written for this test.
func TestParseParticipants(t *testing.T) {
	const met = "Treasury Secretary Ola Brand and Federal Reserve Board Chairman Tom Hale held a meeting with Ruritanian officials on Monday."
	const mgmt = "Vesta Bank said profits rose. Its management has continued talks with Kora Bank chief executive Ana Ruiz."
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{met, "Tom Hale", "meeting with Ruritanian officials", true},
		{met, "Federal Reserve Board", "meeting with Ruritanian officials", false},
		{"Chancellor Gordon Brown arrived in Lima. The chancellor was speaking at a conference organised by the Lima Trade Institute on Wednesday.", "Gordon Brown", "conference", true},
		{"Senator Tom Hale won the seat in last year's by-election.", "Tom Hale", "by-election", true},
		{"Ola Brand is rebounding strongly from the Iran arms scandal.", "Ola Brand", "Iran arms scandal", true},
		{mgmt, "Vesta Bank", "talks", true},
		// A part noun (relations_events_part.go), not through a denial.
		{"Premier Ana Ruiz should not be criticised over her handling of the Iraq war.", "Ana Ruiz", "Iraq war", true},
		{"Vesta Corp's involvement in the Iran arms scandal was revealed.", "Vesta Corp", "Iran arms scandal", true},
		{"Senator Tom Hale denied any involvement in the Iran arms scandal.", "Tom Hale", "Iran arms scandal", false},
	})
}

// TestExcludedParticipants checks the wordings that keep a named
// participant out of an event (relations_events_excluded.go), on
// sentences written for this test.
func TestExcludedParticipants(t *testing.T) {
	const but = "Premier Ana Ruiz, but not Finance Minister Tom Hale, is due to attend the Lima summit."
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		{but, "Tom Hale", "Lima summit", false},
		{"Ola Brand said he hopes to have frank discussions with President Tom Hale and congressional leaders.", "Tom Hale", "frank discussions with President Tom Hale", false},
		{"Ola Brand is attending the Lima meeting as part of the Group of 20 nations.", "Group of 20", "Lima meeting", false},
		// A wish to do something to an event that is held: its sides stay.
		{"The board has approved a plan intended to thwart an unsolicited offer from Vesta Corp.", "Vesta Corp", "offer from Vesta Corp", true},
	})
}
