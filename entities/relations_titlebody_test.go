package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// TestNationalTitleBody checks that a national title ending in what reads
// as a body is the title's country's office (relations_titlebody.go), on
// articles written for this test.
func TestNationalTitleBody(t *testing.T) {
	// As ingest runs: the trained recognizer takes "Exchequer" for an organization.
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Tom Ashdale, Britain's Chancellor of the Exchequer, said some countries may need to cut interest " +
				"rates with the aim of maintaining exchange rate stability.\n\n" +
				"Speaking to journalists one day after the Group of Seven countries reaffirmed goals set in Paris six weeks ago, he said " +
				"central banks would continue to intervene.",
			want: []string{"holds_role Tom Ashdale -> United Kingdom {role=Chancellor of the Exchequer}"},
			not:  []string{"holds_role Tom Ashdale -> Exchequer"},
		},
		{
			// Another "<role> of <body>" stays the body's office.
			text: "Ann Mabry, chairman of the Exchequer Partners Group, said rates may fall.",
			want: []string{"leads Ann Mabry -> Exchequer Partners Group"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{Place: "WASHINGTON"})), tc.want, tc.not)
	}
}
