package entities

import "testing"

// TestDatelineOffice checks that a bare state office in a sentence naming
// no country takes the country of the capital that datelines the story,
// and nothing where the title is another's, on articles written for this
// test.
func TestDatelineOffice(t *testing.T) {
	x := parsingExtractor()
	ottawa := ArticleInfo{Place: "OTTAWA"}
	cases := []wantCase{
		{
			// The capital's own minister, the country never named.
			text: "Mining towns in the west are losing jobs, Finance Minister Harold Quill said on Tuesday.",
			info: ottawa,
			want: []string{"holds_role Harold Quill -> Canada {role=Finance Minister}"},
		},
		{
			// A head of government the capital's country has.
			text: "Prime Minister Harold Quill said the budget would be tabled next week.",
			info: ottawa,
			want: []string{"holds_role Harold Quill -> Canada {role=Prime Minister}"},
		},
		{
			// Canada has no president: the title is another country's.
			text: "President Harold Quill said the budget would be tabled next week.",
			info: ottawa,
			not:  []string{"holds_role Harold Quill -> Canada"},
		},
		{
			// The one met may be a visitor: no reading.
			text: "The envoy met Finance Minister Harold Quill on Tuesday to discuss the loan.",
			info: ottawa,
			not:  []string{"holds_role Harold Quill -> Canada"},
		},
		{
			// A province's premier is no office of the state.
			text: "Alberta Premier Harold Quill said oil prices would recover.",
			info: ottawa,
			not:  []string{"holds_role Harold Quill -> Canada"},
		},
		{
			// No capital in the dateline: no reading.
			text: "Finance Minister Harold Quill said the budget would be tabled next week.",
			info: ArticleInfo{Place: "CHICAGO"},
			not:  []string{"holds_role Harold Quill -> United States"},
		},
		{
			// A spokesman speaks for some office, not for the state.
			text: "Spokesman Harold Quill said the budget would be tabled next week.",
			info: ottawa,
			not:  []string{"holds_role Harold Quill -> Canada"},
		},
	}
	checkWantCases(t, x, cases)
}

// TestDatelineOfficeCompany checks that a company story's bare
// "President X" gets no country from the capital's dateline.
func TestDatelineOfficeCompany(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{{
		text: "Acme Corp said its profits rose. Acme Corp will hire staff, and Acme Corp shares rose.\n\n" +
			"President Harold Quill said the unit would expand.",
		info: ArticleInfo{Place: "WASHINGTON"},
		not:  []string{"holds_role Harold Quill -> United States"},
	}, {
		text: "Acme Corp said its profits rose. Acme Corp will hire staff, and Acme Corp shares rose.\n\n" +
			"Commerce Secretary Harold Quill said exports would expand.",
		info: ArticleInfo{Place: "WASHINGTON"},
		want: []string{"holds_role Harold Quill -> United States {role=Commerce Secretary}"},
	}})
}

// TestDatelineOfficeForeignStory checks that a capital's story about
// another country's government gives its ministers no capital's country.
func TestDatelineOfficeForeignStory(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{{
		text: "Brazil's budget is under strain. Brazil will borrow more, and Brazil's banks expect higher rates.\n\n" +
			"Finance Minister Harold Quill said spending would be cut.",
		info: ArticleInfo{Place: "OTTAWA"},
		not:  []string{"holds_role Harold Quill -> Canada"},
	}})
}

// TestDatelineOfficeSummit checks that a capital's story naming several
// other countries leaves a bare minister's country open.
func TestDatelineOfficeSummit(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{{
		text: "Leaders of Brazil, Chile and Peru meet next week to discuss debt.\n\n" +
			"Finance Minister Harold Quill said little would change.",
		info: ArticleInfo{Place: "OTTAWA"},
		not:  []string{"holds_role Harold Quill -> Canada"},
	}})
}
