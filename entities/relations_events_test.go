package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestVisitsAndInvolvement checks the visits and involved_in patterns on
// made-up general news sentences: each relation in want must be found,
// and no relation starting with an entry of not.
func TestVisitsAndInvolvement(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		info ArticleInfo
		want []string
		not  []string
	}{
		// Visits: every destination of a list, every traveller of a list.
		{text: "Chancellor Olaf Brandt will travel to London, Paris and Berlin next week.",
			want: []string{"visits Olaf Brandt -> London", "visits Olaf Brandt -> Paris", "visits Olaf Brandt -> Berlin"}},
		{text: "Senator Mary Cole and Senator Tom Hale visited Tokyo and Seoul in March.",
			want: []string{"visits Mary Cole -> Tokyo", "visits Mary Cole -> Seoul", "visits Tom Hale -> Tokyo", "visits Tom Hale -> Seoul"}},
		{text: "Foreign Minister Anna Berg headed to Nairobi on Sunday.",
			want: []string{"visits Anna Berg -> Nairobi"}},
		{text: "Envoy Peter Lund was dispatched to Cairo to calm the crisis.",
			want: []string{"visits Peter Lund -> Cairo"}},
		{text: "President Luis Ortega flew to Madrid for talks.",
			want: []string{"visits Luis Ortega -> Madrid"}},
		{text: "Mr Ortega's trip to Lisbon was his first abroad.",
			want: []string{"visits Ortega -> Lisbon"}},
		{text: "Prime Minister Kenji Mori prepares to visit Ottawa next month.",
			want: []string{"visits Kenji Mori -> Ottawa"}},
		{text: "Trade Minister Pat Olsen began a three-day visit to Lagos on Monday.",
			want: []string{"visits Pat Olsen -> Lagos"}},
		{text: "Pat Olsen, the Danish trade minister, will visit Ghana and Togo next month.",
			want: []string{"visits Pat Olsen -> Ghana", "visits Pat Olsen -> Togo"}},
		{text: "Minister Pat Olsen, in Lagos for talks with oil firms, said output would rise.",
			want: []string{"visits Pat Olsen -> Lagos"}},
		{text: "Minister Pat Olsen is due in Lagos on Sunday.",
			want: []string{"visits Pat Olsen -> Lagos"}},
		{text: "Minister Pat Olsen returned from Lagos on Sunday.",
			want: []string{"visits Pat Olsen -> Lagos"}},
		{text: "Minister Pat Olsen said in Lagos that output would rise.",
			not: []string{"visits"}},
		{text: "Minister Pat Olsen criticised a visit to Lagos.",
			not: []string{"visits"}},
		{text: "Minister Pat Olsen said air travel in Kenya had grown.",
			not: []string{"visits"}},
		{text: "Minister Pat Olsen is on a three-day visit to Ghana.",
			want: []string{"visits Pat Olsen -> Ghana"}},
		{text: "Minister Pat Olsen commented on a visit to Ghana.",
			not: []string{"visits"}},
		{text: "Minister Anna Berg did not travel to Nairobi after all.",
			not: []string{"visits"}},
		{text: "Minister Anna Berg criticised Nairobi and Cairo.",
			not: []string{"visits"}},
		{text: "Minister Anna Berg went to the polls in Kenya.",
			not: []string{"visits"}},
		// involved_in: a predicate, not co-occurrence.
		{text: "France and Japan reaffirmed the Louvre accord on Monday.",
			want: []string{"involved_in France -> Louvre accord", "involved_in Japan -> Louvre accord"}},
		{text: "Senator Mary Cole is a key figure in the Enron scandal.",
			want: []string{"involved_in Mary Cole -> Enron scandal"}},
		{text: "Canada attended the G7 summit on June 15, 2024.",
			want: []string{"involved_in Canada -> G7 summit {date=2024-06-15}"}},
		{text: "India was not invited to the G7 summit.",
			not: []string{"involved_in India"}},
		{text: "Canada did not attend the G7 summit.",
			not: []string{"involved_in Canada"}},
		{text: "Senator Mary Cole said the G7 summit would fail.",
			not: []string{"involved_in Mary Cole"}, want: []string{"involved_in Group of 7 -> G7 summit"}},
		{text: "The G7 summit was hosted by Canada and France.",
			want: []string{"involved_in Canada -> G7 summit", "involved_in France -> G7 summit"}},
		{text: "Mary Cole, the foreign minister, attended the G7 summit.",
			want: []string{"involved_in Mary Cole -> G7 summit"}},
		{text: "Officials studied the ongoing Brazil-Argentina trade talks.",
			want: []string{"involved_in Brazil -> Brazil-Argentina trade talks", "involved_in Argentina -> Brazil-Argentina trade talks"}},
		{text: "Finance Minister Ana Ruiz opened the 12th meeting of the African Development Bank.",
			want: []string{"involved_in Ana Ruiz -> 12th meeting of the African Development Bank"}},
		{text: "The government won a vote of no confidence sought by Senator Mary Cole.",
			want: []string{"involved_in Mary Cole -> vote of no confidence"}},
		{text: "Minister Anna Berg will visit Nairobi as well as Kampala.",
			want: []string{"visits Anna Berg -> Nairobi", "visits Anna Berg -> Kampala"}},
		{text: "Minister Anna Berg arrived at the Nairobi police station.",
			not: []string{"visits"}},
		{text: "The Oslo fishing accord lapsed. Norway and Iceland signed the accord again in 1990.",
			want: []string{"involved_in Norway -> Oslo fishing accord", "involved_in Iceland -> Oslo fishing accord"}},
		{text: "A special Senate committee investigating the Enron scandal met.",
			not: []string{"involved_in Senate ->"}},
		{text: "The signing by France, Japan and the United States of the Louvre accord helped the dollar.",
			want: []string{"involved_in France -> Louvre accord", "involved_in Japan -> Louvre accord", "involved_in United States -> Louvre accord"}},
		{text: "The criticism by France of the Louvre accord hurt the dollar.",
			not: []string{"involved_in"}},
		{text: "The signing by France of a letter on the Louvre accord was noted.",
			not: []string{"involved_in"}},
		{text: "Mr Tom Hale spoke on Monday. The Leeds inquiry cleared him of wrongdoing.",
			want: []string{"involved_in Tom Hale -> Leeds inquiry"}},
		{text: "The Leeds inquiry has questioned Defence Secretary Geoff Hoon.",
			want: []string{"involved_in Geoff Hoon -> Leeds inquiry"}},
		{text: "The Leeds inquiry said Mr Tom Hale was wrong.",
			not: []string{"involved_in"}},
		{text: "The Leeds inquiry was criticised by Mr Tom Hale.",
			not: []string{"involved_in"}},
		{text: "Critics of the Hong Kong summit spoke.",
			not: []string{"involved_in"}},
		{text: "The election campaign was run by the Electoral Commission and the Home Office.",
			not: []string{"involved_in Electoral Commission -> Home Office"}},
	}
	for _, tt := range tests {
		ex := x.ExtractArticle(tt.text, tt.info)
		var got []string
		for _, r := range ex.Relations {
			got = append(got, relString(ex, r))
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q:\n  missing %s\n  got %q", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			for _, g := range got {
				if strings.HasPrefix(g, n) {
					t.Errorf("%q: unexpected %s", tt.text, g)
				}
			}
		}
	}
}
