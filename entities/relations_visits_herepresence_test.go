package entities

import "testing"

// TestHerePresence checks that "here" in a datelined story places a
// foreign official in the dateline's city, on sentences written for this
// test (made-up names).
func TestHerePresence(t *testing.T) {
	x := parsingExtractor()
	tokyo := ArticleInfo{Place: "TOKYO"}
	checkWantCases(t, x, []wantCase{
		{
			text: "Norwegian Finance Minister Tom Rell told reporters here that prices would rise.",
			info: tokyo,
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			text: "Growth will slow this year, Norwegian Finance Minister Tom Rell said here.",
			info: tokyo,
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// The one met.
			text: "Officials will hold talks with Norwegian Prime Minister Tom Rell here this week.",
			info: tokyo,
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// The meeting of a body held here.
			text: "Norwegian Finance Minister Tom Rell spoke on Monday. Rell will speak at the annual meeting of the Asian Development Bank here.",
			info: tokyo,
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// An acronym between the body and "here".
			text: "Norwegian Finance Minister Tom Rell said he will speak at the annual meeting of the Asian Development Bank (ADB) here.",
			info: tokyo,
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// At home: the dateline lies in the country served.
			text: "Japanese Finance Minister Taro Kamei told reporters here that prices would rise.",
			info: tokyo,
			not:  []string{"visits Taro Kamei -> Tokyo"},
		},
		{
			// No dateline, no "here".
			text: "Norwegian Finance Minister Tom Rell told reporters here that prices would rise.",
			not:  []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// An ambassador is stationed here, not visiting.
			text: "Norwegian Ambassador Tom Rell told reporters here that prices would rise.",
			info: tokyo,
			not:  []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// Negated.
			text: "Norwegian Finance Minister Tom Rell did not meet officials here.",
			info: tokyo,
			not:  []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// A speaker's own words.
			text: "\"We told them here that prices would rise,\" Norwegian Finance Minister Tom Rell said.",
			info: tokyo,
			not:  []string{"visits Tom Rell -> Tokyo"},
		},
	})
}

// TestBetweenPresence checks the persons a placed meeting is between.
func TestBetweenPresence(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			text: "The statement was issued after two days of talks here between Norwegian trade minister Tom Rell and Danish minister of mines and power Ole Brand.",
			info: ArticleInfo{Place: "LAGOS"},
			want: []string{"visits Tom Rell -> Lagos", "visits Ole Brand -> Lagos"},
		},
		{
			text: "The move was linked to a summit meeting in Ottawa next month between Norwegian Prime Minister Tom Rell and Canadian Prime Minister Jean Tardif.",
			want: []string{"visits Tom Rell -> Ottawa"},
			not:  []string{"visits Jean Tardif -> Ottawa"},
		},
	})
}

// TestNationality checks the countries read from a person's body or a
// demonym before the title, through the visits they allow.
func TestNationality(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			// A body named by its country's demonym.
			text: "Norwegian National Bank head Tom Rell, in talks in Washington last week with the World Bank, made it clear that Norway wanted a lead.",
			want: []string{"visits Tom Rell -> Washington, D.C."},
		},
		{
			// A demonym before the title, with a comma before the name.
			text: "Last week, Norwegian Economy Minister, Tom Rell, told the French media in Paris that tariffs would rise.",
			want: []string{"visits Tom Rell -> Paris"},
		},
		{
			// A body of the place's own country: no visit.
			text: "French National Bank head Jean Tardif, in talks in Paris last week with the World Bank, made it clear that France wanted a lead.",
			not:  []string{"visits Jean Tardif -> Paris"},
		},
		{
			// A demonym with no title serves no country.
			text: "The Norwegian Tom Rell won the 60m at an indoor meeting in Ghent.",
			not:  []string{"visits Tom Rell -> Ghent"},
		},
	})
}
