package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPossessedBodies checks titles whose body is described by what a
// country owns and then named in an apposition, on sentences written for
// this test.
func TestPossessedBodies(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []wantCase{
		{
			text: "But Tomas Berg, a board member of Velland's central bank, the Vellbank, said trading should stay.",
			want: []string{"holds_role Tomas Berg -> Vellbank {role=Board Member}"},
		},
		{
			text: "The acting governor of Velland's state-owned oil company, Velco, Tomas Berg, has retired.",
			want: []string{"leads Tomas Berg -> Velco {role=Acting Governor}"},
		},
		{
			// The country owns the bank; its office is not the country's.
			text: "Tomas Berg, chairman of Germany's biggest bank, said rates would rise.",
			not:  []string{"holds_role Tomas Berg -> Germany", "leads Tomas Berg -> Germany"},
		},
		{
			text: "Tomas Berg, the chairman of Germany's biggest bank, Hansa Kredit, said rates would rise.",
			want: []string{"leads Tomas Berg -> Hansa Kredit"},
			not:  []string{"holds_role Tomas Berg -> Germany"},
		},
	}
	checkWantCases(t, x, tests)
}
