package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAfterTalksSpeaker checks that the subject after a fronted "after
// talks with Y" or "following talks with Y" holds the talks
// (events_after_talks.go), and that a comma before "after", a talks
// reference without its side, or a side named only inside the talks gives
// no more, on sentences written for this test.
func TestAfterTalksSpeaker(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"At a news conference following talks with Mr Tony Blair, Mr Mahmoud Abbas said peace was near.", "Mahmoud Abbas", "talks with Mr Tony Blair", true},
		{"After talks with Mr Tony Blair, Chilean Foreign Minister Mahmoud Abbas said peace was near.", "Mahmoud Abbas", "talks with Mr Tony Blair", true},
		{"Mr Mahmoud Abbas said, after talks with Mr Tony Blair, that peace was near.", "Mahmoud Abbas", "talks with Mr Tony Blair", false},
		{"After the talks, Mr Mahmoud Abbas said peace was near.", "Mahmoud Abbas", "talks", false},
		{"Prices rose after talks with Mr Tony Blair, Mr Mahmoud Abbas said.", "Mahmoud Abbas", "talks with Mr Tony Blair", false},
		{"Speaking to reporters after talks with Mr Tony Blair, Mr Mahmoud Abbas said peace was near.", "Mahmoud Abbas", "talks with Mr Tony Blair", true},
	})
}
