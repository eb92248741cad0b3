package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestRoyalStyleAfterTitle checks that a royal style between a title and
// the name does not stop the title (nameStart), on articles written for
// this test.
func TestRoyalStyleAfterTitle(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Women will work in Qatar's trade ministry this year, Trade Minister Prince Faris Al-Nadir said.",
			want: []string{"holds_role Faris Al-Nadir -> Qatar {role=Trade Minister}"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{})), tc.want, tc.not)
	}
}
