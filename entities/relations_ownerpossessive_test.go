package entities

import "testing"

// TestOwnerPossessive checks "P's T" for a company T, on sentences written
// for this test.
func TestOwnerPossessive(t *testing.T) {
	x := parsingExtractor()
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Dana Vollmer built a media empire. Dana Vollmer's Quillby Holdings Ltd said it would buy the paper.",
			want: []string{"affiliated_with Dana Vollmer -> Quillby Holdings Ltd"},
		},
		{
			// A Reuters ticker bracket opens the company's name.
			text: "Dana Vollmer bought shares. Vollmer's <Quillby Holdings Ltd> said it held 10 pct.",
			want: []string{"affiliated_with Dana Vollmer -> Quillby Holdings Ltd"},
		},
		{
			// A work is no company: its name ends in no company head.
			text: "Critics praised Dana Vollmer's Blue Harbour Nights, which won the prize.",
			not:  []string{"affiliated_with Dana Vollmer -> Blue Harbour Nights"},
		},
		{
			// The name must end a phrase: a body read in a modifier is none.
			text: "Dana Vollmer's Quillby Holdings Ltd shares fell.",
			not:  []string{"affiliated_with Dana Vollmer -> Quillby Holdings Ltd"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{})), tc.want, tc.not)
	}
}
