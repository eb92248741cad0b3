package entities

import "testing"

// TestNationalTitle checks the country a bare national title takes, on
// articles written for this test.
func TestNationalTitle(t *testing.T) {
	x := New()
	tests := []struct {
		place     string // the dateline's
		text      string
		want, not []string
	}{
		{
			// The title's country, named in the article.
			place: "Washington",
			text: "The United States expects a stronger yen.\n\n" +
				"Treasury Secretary Tom Wexby said the talks went well.",
			want: []string{"holds_role Tom Wexby -> United States {role=Treasury Secretary}"},
		},
		{
			// The sentence's country is a counterpart's, not the title's.
			place: "Washington",
			text: "The United States expects a stronger yen.\n\n" +
				"Treasury Secretary Tom Wexby said Peru should cut its deficit.",
			want: []string{"holds_role Tom Wexby -> United States {role=Treasury Secretary}"},
			not:  []string{"holds_role Tom Wexby -> Peru"},
		},
		{
			// The title's country unnamed: no country at all, not the
			// article's other one.
			place: "Lima",
			text: "Peru will repay its debts, officials said. Peru's exports rose.\n\n" +
				"Peru hopes for a loan, a figure Treasury Secretary Tom Wexby used in testimony.",
			not: []string{"holds_role Tom Wexby -> Peru"},
		},
		{
			// Britain's office, from Britain's title.
			text: "Britain's economy grew in the first quarter.\n\n" +
				"Chancellor of the Exchequer Ann Mabry said Norway would gain too.",
			want: []string{"holds_role Ann Mabry -> United Kingdom"},
			not:  []string{"holds_role Ann Mabry -> Norway"},
		},
		{
			// A title's own country comes first.
			place: "Lima",
			text: "Peru will repay its debts, officials said.\n\n" +
				"Peruvian Treasury Secretary Tom Wexby said the United States would help.",
			want: []string{"holds_role Tom Wexby -> Peru"},
			not:  []string{"holds_role Tom Wexby -> United States"},
		},
		{
			// A British cabinet title, whatever other country the
			// sentence names.
			text: "Britain's theatres will get more money, ministers said.\n\n" +
				"Culture Secretary Ann Mabry said the plan differed from its French model.",
			want: []string{"holds_role Ann Mabry -> United Kingdom {role=Culture Secretary}"},
			not:  []string{"holds_role Ann Mabry -> France"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{Place: tc.place})), tc.want, tc.not)
	}
}
