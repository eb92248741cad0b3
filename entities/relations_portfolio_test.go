package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPortfolioTitles checks titles with a portfolio after "of" before a
// comma and the holder, on sentences written for this test.
func TestPortfolioTitles(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []wantCase{
		{
			text: "Mexico's minister of energy and mines, Tomas Berg, has yet to reply.",
			want: []string{"holds_role Tomas Berg -> Mexico {role=Minister of Energy and Mines}"},
		},
		{
			// No possessor: the state office takes the article's country.
			text: "Japan will not cut tariffs this year.\n\nThe minister of trade and industry, Tomas Berg, said so on Friday.",
			info: ArticleInfo{Place: "TOKYO"},
			want: []string{"holds_role Tomas Berg -> Japan {role=Minister of Trade and Industry}"},
		},
		{
			// A company's office in a part of it is held in the company ...
			text: "Acme Corp's director of marketing and sales, Tomas Berg, will retire.",
			want: []string{"holds_role Tomas Berg -> Acme Corp"},
		},
		{
			// ... and so is its head of research's: the part is led, not the company.
			text: "Acme Corp's head of research, Tomas Berg, will retire.",
			want: []string{"holds_role Tomas Berg -> Acme Corp {role=Head of Research}"},
			not:  []string{"leads Tomas Berg -> Acme Corp"},
		},
		{
			// An organization's name before the title, without "'s".
			text: "The fares will rise, said Vellair Airlines director of commercial planning, Tomas Berg.",
			want: []string{"holds_role Tomas Berg -> Vellair Airlines {role=Director of Commercial Planning}"},
		},
		{
			// A place or country after "for" or "to" is a portfolio too.
			text: "Spain's director general for Europe, Tomas Berg, said the talks went well.",
			want: []string{"holds_role Tomas Berg -> Spain {role=Director General for Europe}"},
		},
		{
			text: "Sweden's ambassador to Canada, Tomas Berg, said so.",
			want: []string{"holds_role Tomas Berg -> Sweden {role=Ambassador to Canada}"},
			not:  []string{"holds_role Tomas Berg -> Canada"},
		},
		{
			// A portfolio with a name in it is no portfolio.
			text: "Mexico's minister of energy in Sonora, Tomas Berg, has yet to reply.",
			not:  []string{"holds_role Tomas Berg -> Mexico"},
		},
	}
	checkWantCases(t, x, tests)
}
