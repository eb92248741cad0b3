package entities

import "testing"

// TestGovernmentOffice checks the country a bare government title takes
// from the article's government (relations_government.go), on articles
// written for this test.
func TestGovernmentOffice(t *testing.T) {
	x := New()
	tests := []struct {
		place     string // the dateline's
		text      string
		want, not []string
	}{
		{
			// A colleague's office spelled out gives the government,
			// even with other countries after the title.
			place: "Hong Kong",
			text: "Remarks by Japan's Prime Minister Taro Ikemura moved the yen.\n\n" +
				"Finance Minister Kenji Odaka told the committee that France, Canada and Italy had agreed.",
			want: []string{"holds_role Kenji Odaka -> Japan {role=Finance Minister}"},
			not:  []string{"holds_role Kenji Odaka -> France", "holds_role Kenji Odaka -> Canada"},
		},
		{
			// Two governments' offices spelled out: none is the bare
			// title's.
			place: "Hong Kong",
			text: "Japan's Prime Minister Taro Ikemura met Canadian Prime Minister Ed Dorval.\n\n" +
				"Finance Minister Kenji Odaka told the committee the talks went well.",
			not: []string{"holds_role Kenji Odaka -> Japan", "holds_role Kenji Odaka -> Canada"},
		},
		{
			// A demonym before the title names another government.
			place: "Hong Kong",
			text: "Remarks by Japan's Prime Minister Taro Ikemura moved the yen.\n\n" +
				"He will meet his Chinese counterpart Minister Wu Delan next week.",
			not: []string{"holds_role Wu Delan -> Japan"},
		},
		{
			// A capital's dateline gives a president's title its
			// country when the article names it.
			place: "Washington",
			text: "President Dan Merrow told supporters there would be no tax increase.\n\n" +
				"\"We will not break faith with the American people,\" Merrow said.",
			want: []string{"holds_role Dan Merrow -> United States {role=President}"},
		},
		{
			// Not a minister's: visitors in a capital come with bare
			// titles too.
			place: "Tokyo",
			text: "Japan and the United States differ on beef. The United States wants more sales.\n\n" +
				"Agriculture Secretary Dan Merrow took a hard line in talks here last week.",
			not: []string{"holds_role Dan Merrow -> Japan"},
		},
		{
			// A province's office is not the country's.
			place: "Ottawa",
			text: "Canada and the United States differ on trade. The United States wants more sales.\n\n" +
				"Alberta Premier Don Ruske agreed, saying things were moving.",
			not: []string{"holds_role Don Ruske -> Canada"},
		},
		{
			// No dateline: a British story names foreign offices with
			// their country and its own bare.
			text: "French President Luc Barel met European leaders.\n\n" +
				"Chancellor Tom Ashdale said the talks went well.",
			not: []string{"holds_role Tom Ashdale -> France"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{Place: tc.place})), tc.want, tc.not)
	}
}

// TestPartyGovernmentOffice checks the government of a story with no
// dateline: its parties' country, for ministers only.
func TestPartyGovernmentOffice(t *testing.T) {
	x := New()
	tests := []struct {
		text      string
		want, not []string
	}{
		{
			text: "Labour says the UK economy is strong. The Conservatives disagree.\n\n" +
				"French President Luc Barel met European leaders. France wants a deal, and France and Germany agree on it.\n\n" +
				"Chancellor Tom Ashdale said the talks went well.",
			want: []string{"holds_role Tom Ashdale -> United Kingdom {role=Chancellor}"},
			not:  []string{"holds_role Tom Ashdale -> France"},
		},
		{
			// "President X" in a British story is another country's.
			text: "Labour says the UK economy is strong. The Conservatives disagree.\n\n" +
				"President Luc Barel said the talks went well.",
			not: []string{"holds_role Luc Barel -> United Kingdom"},
		},
	}
	for _, tc := range tests {
		checkRelations(t, tc.text, typedRelations(x.ExtractArticle(tc.text, ArticleInfo{})), tc.want, tc.not)
	}
}
