package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestEventsWithSides checks the unnamed events named by their sides
// ("talks between A and B", "the A/B summit") and the involved_in
// relations they give, on made-up sentences: every relation of want must
// be found, and none starting with an entry of not.
func TestEventsWithSides(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{text: "Talks between Brazil and Argentina on beef quotas have failed, officials said.",
			want: []string{"involved_in Brazil -> Talks between Brazil and Argentina", "involved_in Argentina -> Talks between Brazil and Argentina"}},
		{text: "Officials expect the war between Peru and Ecuador to end soon.",
			want: []string{"involved_in Peru -> war between Peru and Ecuador", "involved_in Ecuador -> war between Peru and Ecuador"}},
		{text: "Senator Mary Cole spoke. The talks between Mary Cole and Iceland lasted an hour.",
			want: []string{"involved_in Mary Cole -> talks between Mary Cole and Iceland", "involved_in Iceland -> talks between Mary Cole and Iceland"}},
		// Sides with titles: the people, not the country of a title.
		{text: "The talks between U.S. Trade Representative Ana Ruiz and Foreign Minister Tom Hale of Peru ended.",
			want: []string{"involved_in Ana Ruiz -> talks between U.S. Trade Representative Ana Ruiz and Foreign Minister Tom Hale", "involved_in Tom Hale -> talks between U.S. Trade Representative Ana Ruiz and Foreign Minister Tom Hale"},
			not:  []string{"involved_in United States", "involved_in Peru"}},
		// Not an event head, or not two sides.
		{text: "The gap between Brazil and Argentina widened.", not: []string{"involved_in"}},
		// One side named: not an event of betweenEvents, but talks whose
		// complement names a side, as "the talks between Brazil and its
		// neighbours" mid-sentence (phraseEvents; events_nominal_initial.go
		// for the head opening the sentence).
		{text: "Talks between Brazil and its neighbours failed.", want: []string{"involved_in Brazil -> Talks"}, not: []string{"involved_in Brazil -> Talks between"}},
		// Indefinite: one meeting of many.
		{text: "Officials want a meeting between Brazil and Argentina.", not: []string{"involved_in"}},
		// A slash joins the two sides of a pair like a dash.
		{text: "Ministers prepared the Brazil/Argentina summit in Lima.",
			want: []string{"involved_in Brazil -> Brazil/Argentina summit", "involved_in Argentina -> Brazil/Argentina summit"}},
		// A signed agreement without a name: definite or counted, with
		// what it is about.
		{text: "Ghana and Togo signed two fishing treaties on Monday.",
			want: []string{"involved_in Ghana -> fishing treaties", "involved_in Togo -> fishing treaties"}},
		{text: "Ghana signed the border pact in March.",
			want: []string{"involved_in Ghana -> border pact"}},
		// An agreement with nothing that tells it apart is named by its
		// side (events_pacts.go): one agreement, signed by both.
		{text: "Ghana signed an agreement with Togo.",
			want: []string{"involved_in Ghana -> agreement with Togo", "involved_in Togo -> agreement with Togo"}},
		// A signed agreement that says what it is about is one agreement,
		// even indefinite, and the side after "with" is a party to it.
		{text: "Ghana signed a fishing agreement with Togo.",
			want: []string{"involved_in Ghana -> fishing agreement", "involved_in Togo -> fishing agreement"}},
		{text: "Ghana signed a new agreement with Togo.", not: []string{"involved_in Ghana -> new agreement"}},
		{text: "Ghana signed the agreement in March.", not: []string{"involved_in"}},
		{text: "Acme and Beta Corp signed the definitive agreement.", not: []string{"involved_in"}},
		{text: "Ghana and Togo signed the previously announced agreements.", not: []string{"involved_in"}},
		// A hyphenated modifier counts as one word.
		{text: "Officials discussed the future of the Brazil/Argentina long-term beef agreement.",
			want: []string{"involved_in Brazil -> Brazil/Argentina long-term beef agreement", "involved_in Argentina -> Brazil/Argentina long-term beef agreement"}},
		{text: "Finance Minister Ana Ruiz opened the 12th annual meeting of the African Development Bank.",
			want: []string{"involved_in Ana Ruiz -> 12th annual meeting of the African Development Bank"}},
	}
	for _, tt := range tests {
		ex := x.ExtractArticle(tt.text, ArticleInfo{})
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
