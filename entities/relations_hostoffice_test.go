package entities

import "testing"

// TestHostOffice checks that a state office of one met on a visit is the
// visited country's, on articles written for this test.
func TestHostOffice(t *testing.T) {
	x := parsingExtractor()
	// A Norwegian story: Norway is the home country, and Norway has no
	// president.
	const norway = "Norway's exports fell. Norway's trade minister Jan Smit spoke on Monday.\n\n"
	checkWantCases(t, x, []wantCase{
		{
			info: ArticleInfo{Place: "Oslo"},
			text: norway + "Jan Smit returned from a Peru visit on Sunday. Jan Smit met President Tomas Berg during his visit.",
			want: []string{"holds_role Tomas Berg -> Peru {role=President}"},
			not:  []string{"holds_role Tomas Berg -> Norway"},
		},
		{
			// Two countries visited: the host is not known.
			info: ArticleInfo{Place: "Oslo"},
			text: norway + "Jan Smit returned from visits to Peru and Chile on Sunday. Jan Smit met President Tomas Berg during his visit.",
			not:  []string{"holds_role Tomas Berg -> Peru", "holds_role Tomas Berg -> Chile"},
		},
		{
			// No visit in the sentence.
			info: ArticleInfo{Place: "Oslo"},
			text: norway + "Jan Smit returned from a Peru visit on Sunday. Jan Smit met President Tomas Berg in January.",
			not:  []string{"holds_role Tomas Berg -> Peru"},
		},
	})
}
