package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCompanyNamedByHead checks the companies named only by the company
// head title and the person after them, on sentences written for this
// test.
func TestCompanyNamedByHead(t *testing.T) {
	x := New()
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "\"We will not cut prices,\" Korvanta chief executive Lena Hart said on Monday.",
			want: []string{"leads Lena Hart -> Korvanta {role=Chief Executive}"},
		},
		{
			text: "Profits fell, Velmora Trask's chairman Lena Hart told reporters.",
			want: []string{"leads Lena Hart -> Velmora Trask {role=Chairman}"},
		},
		{
			// Opening the sentence, the word must be a name elsewhere too.
			text: "Velmora chief executive Lena Hart said profits rose. Shares in Velmora fell.",
			want: []string{"leads Lena Hart -> Velmora {role=Chief Executive}"},
		},
		{
			text: "Group chief executive Lena Hart said profits rose. The shares fell.",
			not:  []string{"leads Lena Hart -> Group"},
		},
		{
			// The tail of a name joined by "and" is no company.
			text: "\"Profits fell,\" said Velmora and Trask chairman Lena Hart.",
			not:  []string{"leads Lena Hart -> Trask"},
		},
		{
			// A bare head noun names a body only when one full name ends in it.
			text: "Members of the Harbour Pricing Committee met members of the River Pricing Committee. Committee chairman Lena Hart said prices would rise.",
			not: []string{"leads Lena Hart -> Committee", "leads Lena Hart -> Harbour Pricing Committee",
				"leads Lena Hart -> River Pricing Committee"},
		},
		{
			// A capitalised title may open a name: "Senate Chairman".
			text: "The plan was backed by Harbour Board Chairman Lena Hart on Monday.",
			not:  []string{"leads Lena Hart -> Harbour Board"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.Extract(tc.text)), tc.want, tc.not)
	}
	// A role or function word is no company's name.
	ex := x.Extract("Profits fell, said former chairman Lena Hart.")
	for _, e := range ex.Entities {
		if e.Type == graph.Organization {
			t.Errorf("organization %q from a role word", e.Name)
		}
	}
}
