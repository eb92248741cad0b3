package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestRelativeClauseVisits checks a relative clause between the
// traveller and the travel verb, on sentences written for this test.
func TestRelativeClauseVisits(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			text: "Tom Rell, who is leading one of three dairy delegations on a lobbying tour, will also visit Bonn on Thursday.",
			want: []string{"visits Tom Rell -> Bonn"},
		},
		{
			text: "Tom Rell, who heads the Acme group, flew to Bonn on Monday.",
			want: []string{"visits Tom Rell -> Bonn"},
		},
		{
			text: "Tom Rell, who was born in Bonn, did not visit Bonn.",
			not:  []string{"visits Tom Rell -> Bonn"},
		},
		{
			// No closing comma: the clause's own verb.
			text: "Tom Rell, who says prices in Bonn will rise and the trade will visit Bonn.",
			not:  []string{"visits Tom Rell -> Bonn"},
		},
	})
}

// TestRelativeClauseEnd checks where a relative clause after a name ends.
func TestRelativeClauseEnd(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range []struct {
		text string
		i    int // the comma after the name
		want int
	}{
		{"Rell , who heads Acme , will visit Bonn .", 1, 6},
		{"Rell , which heads Acme , will visit Bonn .", 1, 6},
		{"Rell , the chairman of Acme , will visit Bonn .", 1, 7}, // an apposition: clauseEnd's other half
		{"Rell , who ( heads ) Acme , will visit Bonn .", 1, 1},
		{"Rell said , who knows , it will rain .", 0, 0},
	} {
		d := x.Run(&Document{Text: c.text}, ArticleInfo{}).Document
		got := clauseEnd(d, c.i, len(d.Tokens)-1)
		if got != c.want {
			t.Errorf("%q: clauseEnd(%d) = %d, want %d", c.text, c.i, got, c.want)
		}
	}
}
