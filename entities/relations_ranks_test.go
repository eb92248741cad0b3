package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestRankedMember checks "T <rank>. P" on sentences written for this
// test.
func TestRankedMember(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "The deal was arranged by retired Air Force Maj. Gen. Tomas Berg, a former official.",
			want: []string{"affiliated_with Tomas Berg -> Air Force"},
		},
		{
			// The body must stand right before the rank.
			text: "Velland Steel hired Maj. Gen. Tomas Berg last year.",
			not:  []string{"affiliated_with Tomas Berg -> Velland Steel"},
		},
	}
	for _, tc := range tests {
		got := typedRelations(x.ExtractArticle(tc.text, ArticleInfo{}))
		checkRelations(t, tc.text, got, tc.want, tc.not)
	}
}
