package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPerfectCopulaAndUnits checks a title after "has been" ("X has been
// appointed chairman of T") and a title held in a unit named by up to
// three words after the body's possessive, on sentences written for this
// test.
func TestPerfectCopulaAndUnits(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "Tom Rell has been appointed chairman of Brantex Holdings.",
			want: []string{"leads Tom Rell -> Brantex Holdings"},
		},
		{
			text: "Tom Rell had been named chief executive of Brantex Holdings before the merger.",
			want: []string{"leads Tom Rell -> Brantex Holdings"},
		},
		{
			// No title after "has been": nothing.
			text: "Tom Rell has been a critic of Brantex Holdings for years.",
			not:  []string{"leads Tom Rell -> Brantex Holdings", "holds_role Tom Rell -> Brantex Holdings", "affiliated_with Tom Rell -> Brantex Holdings"},
		},
		{
			// The head of a unit holds a role in the body, not its lead.
			text: "Jan Skov, managing director of Brantex Holdings' life and pensions division, said so.",
			want: []string{"holds_role Jan Skov -> Brantex Holdings"},
			not:  []string{"leads Jan Skov -> Brantex Holdings"},
		},
		{
			// "its" before the unit refers to the body.
			text: "Brantex Holdings said Jan Skov has been named president of its hosiery division.",
			want: []string{"holds_role Jan Skov -> Brantex Holdings"},
			not:  []string{"leads Jan Skov -> Brantex Holdings"},
		},
		{
			// A town after a career title is no state office there.
			text: "Tom Rell had been executive vice-president of Bergen.",
			not:  []string{"holds_role Tom Rell -> Norway"},
		},
	})
}
