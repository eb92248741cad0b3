package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestTripEdgesAndAges checks trips named by their edge ("at the end of
// a visit to Y"), a possessor in the traveller's title, an age between
// commas and "in the Y to attend", on sentences written for this test.
func TestTripEdgesAndAges(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "\"We will pay our debts,\" Ruiz told a press conference at the end of an official two-day visit to Chile yesterday.",
			want: []string{"visits Ruiz -> Chile"},
		},
		{
			text: "Peru's President Ana Ruiz told reporters at the end of a three-day visit to Chile that talks would resume.",
			want: []string{"visits Ana Ruiz -> Chile"},
		},
		{
			text: "At the start of a tour of Asia, Norway's Foreign Minister Kari Vik said trade would grow.",
			want: []string{"visits Kari Vik -> Asia"},
		},
		{
			// The end of a trip somebody else makes.
			text: "Ana Ruiz said the plan would be announced at the end of the visit to Chile by the inspectors.",
			not:  []string{"visits Ana Ruiz -> Chile"},
		},
		{
			text: "Dr Jan Berg, 79, who has been in the UK to attend the annual meeting in London, said prices would fall.",
			want: []string{"visits Jan Berg -> United Kingdom"},
		},
		{
			text: "Acme's chairman Tom Rell was currently in the U.S. to negotiate the deal, the company said.",
			want: []string{"visits Tom Rell -> United States"},
		},
		{
			// A residence has no purpose.
			text: "Tom Rell, 45, who has lived in the UK since 1980, said prices would fall.",
			not:  []string{"visits Tom Rell -> United Kingdom"},
		},
	})
}

// TestAgeEnd checks where an age between commas ends.
func TestAgeEnd(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range []struct {
		text string
		want int
	}{
		{"Rell , 79 , who was in Bonn , said .", 4},
		{"Rell , 1985 , was a good year .", 1},
		{"Rell , the chairman , said .", 1},
	} {
		d := x.Run(&Document{Text: c.text}, ArticleInfo{}).Document
		if got := ageEnd(d, 1, len(d.Tokens)-1); got != c.want {
			t.Errorf("%q: ageEnd = %d, want %d", c.text, got, c.want)
		}
	}
}
