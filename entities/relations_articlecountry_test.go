package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// norway2Sweden2 names Norway and Sweden twice each: with an Oslo dateline
// Norway is named most, but not twice as often as Sweden.
const norway2Sweden2 = "Norway raised its fishing quota. Norway's exports rose.\n\n" +
	"Sweden protested on Monday. Sweden said it would appeal.\n\n"

// TestArticleCountry checks the country a minister's title takes from
// the article when neither the title nor its sentence names one, on
// articles written for this test.
func TestArticleCountry(t *testing.T) {
	x := New()
	tests := []struct {
		place     string // the dateline's
		text      string
		want, not []string
	}{
		{
			// Named once, as a state: the article's country.
			text: "The Norwegian government will sell its stake in the port.\n\n\"We need the money,\" said Finance Minister Kari Vellan.",
			want: []string{"holds_role Kari Vellan -> Norway {role=Finance Minister}"},
		},
		{
			// Named most, though not twice as often as any other, and the
			// dateline's country.
			place: "Oslo",
			text:  norway2Sweden2 + "Fisheries Minister Kari Vellan said the quota was fair.",
			want:  []string{"holds_role Kari Vellan -> Norway {role=Fisheries Minister}"},
		},
		{
			// Named most, but the dateline is another country's.
			place: "Copenhagen",
			text:  norway2Sweden2 + "Fisheries Minister Kari Vellan said the quota was fair.",
			not:   []string{"holds_role Kari Vellan -> Norway", "holds_role Kari Vellan -> Sweden"},
		},
		{
			// No dateline, and another country named.
			text: norway2Sweden2 + "Fisheries Minister Kari Vellan said the quota was fair.",
			not:  []string{"holds_role Kari Vellan -> Norway", "holds_role Kari Vellan -> Sweden"},
		},
		{
			// The one met is often the host, not the article's minister.
			place: "Oslo",
			text:  norway2Sweden2 + "Tomas Berg met Fisheries Minister Kari Vellan on Tuesday.",
			not:   []string{"holds_role Kari Vellan -> Norway", "holds_role Kari Vellan -> Sweden"},
		},
		{
			// Another country in the paragraph leaves whose minister open.
			place: "Oslo",
			text:  norway2Sweden2 + "Fisheries Minister Kari Vellan spoke on Tuesday. Denmark stayed silent.",
			not:   []string{"holds_role Kari Vellan -> Norway", "holds_role Kari Vellan -> Denmark"},
		},
		{
			// Only ministers' titles: a president may be a company's.
			text: "The Norwegian government will sell its stake in the port.\n\n\"We need the money,\" said President Kari Vellan.",
			not:  []string{"holds_role Kari Vellan -> Norway"},
		},
		{
			// Named equally often: no country.
			place: "Oslo",
			text:  norway2Sweden2 + "Sweden will appeal again.\n\nFisheries Minister Kari Vellan said the quota was fair.",
			not:   []string{"holds_role Kari Vellan -> Norway", "holds_role Kari Vellan -> Sweden"},
		},
		{
			// The country of the holder's party decides first.
			place: "Oslo",
			text: norway2Sweden2 + "Finance Minister Lena Hart said the quota was unfair.\n\n" +
				"Lena Hart, a Feminist Initiative MP, spoke after him.",
			want: []string{"holds_role Lena Hart -> Sweden {role=Finance Minister}"},
			not:  []string{"holds_role Lena Hart -> Norway"},
		},
		{
			// Named once, not as a state: no country.
			text: "Anna Lund wrote about the Norway fishing quota.\n\nCulture Secretary Kari Vellan praised her.",
			not:  []string{"holds_role Kari Vellan -> Norway"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{Place: tc.place})), tc.want, tc.not)
	}
}

// TestHomeInSentence checks a state office in a sentence that names only
// the article's home country, on articles written for this test.
func TestHomeInSentence(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	const finland = "Finland raised its fishing quota on Monday. Finland's exports rose.\n\n"
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			// The home country sets the scene: the office is its.
			text: finland + "Leaders of Finland's five parties agreed to meet today to settle their differences, mainly between President Kari Vellan's party and the Greens.",
			want: []string{"holds_role Kari Vellan -> Finland {role=President}"},
		},
		{
			// Named after the title, as what it acts on: no office of it.
			text: finland + "The senators called for President Kari Vellan immediately to force Finland to open its markets.",
			not:  []string{"holds_role Kari Vellan -> Finland"},
		},
		{
			// Another title's country.
			text: finland + "Finnish Finance Minister Tomas Berg welcomed President Kari Vellan's decision.",
			not:  []string{"holds_role Kari Vellan -> Finland"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{Place: "Oslo"})), tc.want, tc.not)
	}
}

// TestGovernmentOfTitle checks that "the government of <title> X" makes a
// lower-case title a state's office, and that a destination is no
// candidate country of an office, on articles written for this test.
func TestGovernmentOfTitle(t *testing.T) {
	x := parsingExtractor()
	const peru = "Peru's miners struck on Monday. Peru's wage talks failed.\n\n"
	checkWantCases(t, x, []wantCase{
		{
			// A country the paragraph names only as a destination is no
			// candidate: the dateline's, named most, is the office's.
			info: ArticleInfo{Place: "Oslo"},
			text: norway2Sweden2 + "Fisheries Minister Kari Vellan will meet exporters today. The sale of fish to Sweden will be discussed.",
			want: []string{"holds_role Kari Vellan -> Norway {role=Fisheries Minister}"},
			not:  []string{"holds_role Kari Vellan -> Sweden"},
		},
		{
			text: peru + "The strike hit the government of president Jorge Vela hard.",
			want: []string{"holds_role Jorge Vela -> Peru {role=President}"},
		},
		{
			// A lower-case title elsewhere stays unread: a company's
			// president may be meant.
			text: peru + "The strike hit the mine of president Jorge Vela hard.",
			not:  []string{"holds_role Jorge Vela -> Peru"},
		},
	})
}
