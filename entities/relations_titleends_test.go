package entities

import "testing"

// TestTitleEnds checks titles that stand apart from their body by an
// acronym, a place or an honorific, and titles that end where a new phrase starts, on
// sentences written for this test.
func TestTitleEnds(t *testing.T) {
	x := New()
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Baltic Shipping Corporation (BSC) president Tomas Berg said rates would rise.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation {role=President}"},
		},
		{
			text: "Norway's Europe director Tomas Berg said talks would resume.",
			want: []string{"holds_role Tomas Berg -> Norway {role=Director}"},
		},
		{
			text: "Baltic Shipping Corporation chief Asian strategist Tomas Berg said rates would rise.",
			want: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			// A department's head holds an office; he does not lead the body.
			text: "The Baltic Shipping Corporation's Oslo treasury head Tomas Berg said rates would rise.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Treasury Head}"},
			not:  []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Mr Tomas Berg is the Baltic Shipping Corporation (BSC) aide President Hollis fired.",
			want: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
			not:  []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Baltic Shipping Corporation chairman Sir Tomas Berg said rates would rise.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation {role=Chairman}"},
		},
		{
			text: "Mr Tomas Berg is the Baltic Shipping Corporation aide the board fired.",
			want: []string{"affiliated_with Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			// Spelt without its dash, a head's title is still the head's.
			text: "Mr Tomas Berg, director general of the Nordic Workers Federation, said wages would rise.",
			want: []string{"leads Tomas Berg -> Nordic Workers Federation {role=Director General}"},
		},
		{
			// The head of a part of the body holds an office in it.
			text: "Mr Tomas Berg, head of the Baltic Shipping Corporation's Brazil division, said rates would rise.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Head of Brazil Division}"},
			not:  []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
		{
			text: "Mr Tomas Berg, the Baltic Shipping Corporation's founder and chairman, said rates would rise.",
			want: []string{"leads Tomas Berg -> Baltic Shipping Corporation {role=Chairman}"},
		},
		{
			text: "\"Rates will rise,\" Mr Tomas Berg, the Baltic Shipping Corporation's head of trade policy, said.",
			want: []string{"holds_role Tomas Berg -> Baltic Shipping Corporation {role=Head of Trade Policy}"},
			not:  []string{"leads Tomas Berg -> Baltic Shipping Corporation"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.Extract(tc.text)), tc.want, tc.not)
	}
}
