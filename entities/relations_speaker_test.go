package entities

import "testing"

// TestSpeakerTitles checks the offices of bare-titled speakers in the
// organization their sentence opens with, on sentences written for it.
func TestSpeakerTitles(t *testing.T) {
	x := New()
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Nordlys Bank will cut 500 jobs this year, chairman Mr Tomas Berg said.",
			want: []string{"leads Tomas Berg -> Nordlys Bank {role=Chairman}"},
		},
		{
			text: "Nordlys Bank expects higher profits in 1987, vice president Mr Tomas Berg told reporters.",
			want: []string{"holds_role Tomas Berg -> Nordlys Bank {role=Vice President}"},
		},
		{
			text: "Nordlys Bank said managing director Mr Tomas Berg would retire in June.",
			want: []string{"leads Tomas Berg -> Nordlys Bank"},
		},
		{
			// An analyst comments on the company; he does not work for it.
			text: "Nordlys Bank shares rose sharply, analyst Mr Tomas Berg said.",
			not:  []string{"affiliated_with Tomas Berg -> Nordlys Bank"},
		},
		{
			// A deputy's title read only in part gives nothing.
			text: "Nordlys Bank will cut 500 jobs, deputy management board chairman Mr Tomas Berg said.",
			not:  []string{"leads Tomas Berg -> Nordlys Bank"},
		},
		{
			// The title's own body wins.
			text: "Nordlys Bank will cut 500 jobs, Halvorsen Capital Group chairman Mr Tomas Berg said.",
			not:  []string{"leads Tomas Berg -> Nordlys Bank"},
		},
		{
			// A body named before the title, over a ticker, owns it.
			text: "Nordlys Bank should cut rates, Halvorsen Capital Group <HCG.F> management board chairman Mr Tomas Berg said.",
			not:  []string{"leads Tomas Berg -> Nordlys Bank"},
		},
		{
			// A comma alone parts clauses: the title is the opening body's.
			text: "Nordlys Bank will buy Halvorsen Capital Group, chairman Mr Tomas Berg said.",
			want: []string{"leads Tomas Berg -> Nordlys Bank"},
		},
		{
			text: "Senate majority leader Mr Tomas Berg said he wants the Senate to pass the budget.",
			not:  []string{"leads Tomas Berg -> Senate"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.Extract(tc.text)), tc.want, tc.not)
	}
}
