package entities

import "testing"

// TestMeetingVisits checks the visits of meetings placed in a city and
// the date and fronted-place endings of a destination, on sentences
// written for this test (made-up names).
func TestMeetingVisits(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			// The one met, foreign to the place.
			text: "Norwegian Prime Minister Tom Rell spoke on Monday. The bank's head made the pledge during talks with Rell in Washington yesterday.",
			want: []string{"visits Tom Rell -> Washington, D.C."},
		},
		{
			text: "Officials gave the same message to former Norwegian Foreign Minister Kari Vellan in meetings in Tokyo last week.",
			want: []string{"visits Kari Vellan -> Tokyo"},
		},
		{
			// The clause's subject at a conference abroad.
			text: "Norwegian Finance Minister Tom Rell told reporters at an energy conference in Jakarta that prices would rise.",
			want: []string{"visits Tom Rell -> Jakarta"},
		},
		{
			// A fronted participle with a compound place.
			text: "Norwegian Prime Minister Tom Rell spoke on Monday. Leaving a Brussels summit Mr Rell said the deal was fair.",
			want: []string{"visits Tom Rell -> Brussels"},
		},
		{
			text: "Norwegian Finance Minister Tom Rell will also attend a Washington meeting of the group from April 5 to 8.",
			want: []string{"visits Tom Rell -> Washington, D.C."},
		},
		{
			// At home: the place lies in the country the person serves.
			text: "Norwegian Finance Minister Tom Rell told reporters at an energy conference in Oslo that prices would rise.",
			not:  []string{"visits Tom Rell -> Oslo"},
		},
		{
			// No country served: no visit.
			text: "The sprinter Tom Rell won the 60m at an indoor meeting in Ghent.",
			not:  []string{"visits Tom Rell -> Ghent"},
		},
		{
			// A verb's object, not a meeting attended.
			text: "Norwegian Finance Minister Tom Rell commented on a summit in Jakarta.",
			not:  []string{"visits Tom Rell -> Jakarta"},
		},
		{
			// The date after the destination (Reuters' style).
			text: "Norwegian Foreign Minister Tom Rell is set to arrive in Moscow April 13.",
			want: []string{"visits Tom Rell -> Moscow"},
		},
		{
			text: "Norwegian Foreign Minister Tom Rell was expected to arrive in London Monday to attend the talks.",
			want: []string{"visits Tom Rell -> London"},
		},
		{
			// "May" alone is no date.
			text: "The visit to London May Day parade was cancelled.",
			not:  []string{"visits London May -> London"},
		},
		{
			// A fronted place with a time before its comma.
			text: "Norwegian Prime Minister Tom Rell spoke. In London on Thursday ahead of the meeting, Rell lashed out at the rich nations.",
			want: []string{"visits Tom Rell -> London"},
		},
	})
}

// TestConjTravelVisits checks the visits of a travel verb in the second
// conjunct of its subject's clause.
func TestConjTravelVisits(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			text: "Norwegian Foreign Minister Tom Rell arrived in Tokyo yesterday and will go on to Seoul.",
			want: []string{"visits Tom Rell -> Tokyo", "visits Tom Rell -> Seoul"},
		},
		{
			text: "Central bank chairman Tom Rell cut short a scheduled trip to Dallas and is returning to Washington to monitor events, a spokesman said.",
			want: []string{"visits Tom Rell -> Washington, D.C."},
		},
		{
			// A negation after the conjunction.
			text: "Norwegian Foreign Minister Tom Rell spoke to reporters but will not go to Paris.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
		{
			text: "The ministers signed an agreement to end Portuguese rule over the territory and return it to Chinese control in 1999.",
			not:  []string{"visits ministers -> China"},
		},
		{
			text: "The Norwegian Foreign Office said the four had left Tehran earlier today and would arrive in London tomorrow.",
			not:  []string{"visits Norwegian Foreign Office -> London", "visits Foreign Office -> London"},
		},
		{
			// The one sent travels, not the subject.
			text: "The Acme company sold its stake and sent a team to Paris.",
			not:  []string{"visits Acme -> Paris"},
		},
	})
}
