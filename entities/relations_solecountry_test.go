package entities

import "testing"

// TestSoleOfficeCountry checks that a bare state office takes the one
// country of the article that can hold it, and nothing when two can, on
// articles written for this test.
func TestSoleOfficeCountry(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			// Japan has no president: the United States is the one reading.
			text: "Japan's exporters expect new tariffs. The United States may act soon, officials said.\n\n" +
				"Japan has asked for more time. President Harold Quill said the United States would wait a month.\n\n" +
				"President Harold Quill spoke on Friday.",
			want: []string{"holds_role Harold Quill -> United States {role=President}"},
			not:  []string{"holds_role Harold Quill -> Japan"},
		},
		{
			// Mexico has a president too: two readings, no country.
			text: "Mexico's exporters expect new tariffs. The United States may act soon.\n\n" +
				"Mexico has asked for more time. The United States said it would wait.\n\n" +
				"President Harold Quill spoke on Friday.",
			not: []string{"holds_role Harold Quill -> United States", "holds_role Harold Quill -> Mexico"},
		},
		{
			// Only Britain, Germany and Austria have a chancellor.
			text: "Britain's economy grew. Italy's economy shrank, and Italy's banks were hit.\n\n" +
				"Britain will borrow less next year.\n\n" +
				"Chancellor Peter Dunmore said growth would last.",
			want: []string{"holds_role Peter Dunmore -> United Kingdom {role=Chancellor}"},
			not:  []string{"holds_role Peter Dunmore -> Italy"},
		},
		{
			// A country named once is too weak a reading.
			text: "The plan was like the Chile affair. President Harold Quill spoke on Friday.",
			not:  []string{"holds_role Harold Quill -> Chile"},
		},
		{
			// A company's president is the company's.
			text: "Japan's exporters expect new tariffs. The United States may act soon.\n\n" +
				"Japan said it would wait. Harold Quill, president of Acme Corp, said sales fell.\n\n" +
				"President Harold Quill spoke on Friday.",
			not: []string{"holds_role Harold Quill -> United States"},
		},
		{
			// The one met may be a third country's head.
			text: "Japan's exporters expect new tariffs. The United States may act soon.\n\n" +
				"Japan said it would wait. The envoy met President Harold Quill on Friday.",
			not: []string{"holds_role Harold Quill -> United States"},
		},
	})
}
