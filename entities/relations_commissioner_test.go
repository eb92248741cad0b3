package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// TestCommissionerOffice checks the commission a bare commissioner's
// title takes from the article, on articles written for this test.
func TestCommissionerOffice(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	tests := []struct {
		text      string
		want, not []string
		none      bool // no office at all for Kari Vellan
	}{
		{
			// The one commission the article names.
			text: "The Federal Fishing Commission opened an inquiry into quotas on Monday.\n\n" +
				"Fisheries Commissioner Kari Vellan said the quotas were unfair.",
			want: []string{"holds_role Kari Vellan -> Federal Fishing Commission {role=Fisheries Commissioner}"},
		},
		{
			// No commission named: the title is left unread.
			text: "The county opened an inquiry into quotas on Monday.\n\n" +
				"Fisheries Commissioner Kari Vellan said the quotas were unfair.",
			none: true,
		},
		{
			// Two commissions: whose commissioner is open.
			text: "The Federal Fishing Commission and the Harbour Trade Commission opened inquiries on Monday.\n\n" +
				"Fisheries Commissioner Kari Vellan said the quotas were unfair.",
			not: []string{"holds_role Kari Vellan -> Federal Fishing Commission", "holds_role Kari Vellan -> Harbour Trade Commission"},
		},
	}
	for _, tc := range tests {
		got := typedRelations(x.ExtractArticle(tc.text, ArticleInfo{}))
		checkRelations(t, tc.text, got, tc.want, tc.not)
		for _, g := range got {
			if tc.none && strings.HasPrefix(g, "holds_role Kari Vellan ") {
				t.Errorf("%q: unexpected %q", tc.text, g)
			}
		}
	}
}
