package entities

import "testing"

// TestNominalVisits checks the visits read from travel noun phrases, on
// articles written for this test, with the parse ingest uses.
func TestNominalVisits(t *testing.T) {
	x := parsingExtractor()
	const peru = "Peru's miners struck on Monday. Peru's wage talks failed.\n\n"
	checkWantCases(t, x, []wantCase{
		{
			// A compound destination and the clause's subject, not the
			// name nearest the preposition.
			text: "Jiro Abeno made the recommendation at a meeting with Taro Kemuri soon after returning from a U.S. visit.",
			want: []string{"visits Jiro Abeno -> United States"},
			not:  []string{"visits Taro Kemuri -> United States"},
		},
		{
			text: "Jiro Abeno met Taro Kemuri after a visit to Peru.",
			want: []string{"visits Jiro Abeno -> Peru"},
			not:  []string{"visits Taro Kemuri -> Peru"},
		},
		{
			// A subject whose title heads it in the parse.
			text: "Norwegian Trade Secretary Tom Rell leaves on Saturday on a 10-day trip to Peru to help spur trade, officials say.",
			want: []string{"visits Tom Rell -> Peru"},
		},
		{
			// A participle's apposition: the person it modifies.
			text: "Foreign Minister Jan Smit, winding up a two-day visit to Lima, said prices would rise.",
			want: []string{"visits Jan Smit -> Lima"},
		},
		{
			// A description's possessive.
			text: "Prime Minister Taro Kemuri said nothing. The talks came before the prime minister's visit to Lima next week.",
			want: []string{"visits Taro Kemuri -> Lima"},
		},
		{
			text: "Jan Smit said during his Peru tour that prices would rise.",
			want: []string{"visits Jan Smit -> Peru"},
		},
		{
			// Undone, or a demonym that may name the visitors.
			text: "Jan Smit cancelled his Peru tour.",
			not:  []string{"visits Jan Smit -> Peru"},
		},
		{
			text: "The Japanese visit was a success, Jan Smit said.",
			not:  []string{"visits Jan Smit -> Japan"},
		},
		{
			// No destination: a foreign officeholder visits the dateline's
			// country.
			info: ArticleInfo{Place: "Lima"},
			text: peru + "The visit of Dutch president Jan Smit, who began a four-day visit last Friday, was welcome.",
			want: []string{"visits Jan Smit -> Peru"},
			not:  []string{"visits Jan Smit -> Netherlands"},
		},
		{
			// One whose country the article does not give may be on a
			// visit elsewhere.
			info: ArticleInfo{Place: "Lima"},
			text: peru + "Jan Smit met the strikers during his visit.",
			not:  []string{"visits Jan Smit -> Peru"},
		},
		{
			// The dateline country's own officeholder.
			info: ArticleInfo{Place: "Lima"},
			text: peru + "Peruvian President Jan Smit began a four-day visit on Friday.",
			not:  []string{"visits Jan Smit -> Peru"},
		},
	})
}
