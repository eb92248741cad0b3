package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestGroupTrips checks the destinations a group shares with its leader
// and members, on sentences written for this test.
func TestGroupTrips(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	checkWantCases(t, x, []wantCase{
		{
			// A long relative clause between the leader and "will lead".
			text: "Norway's Trade Minister Jane Smith, who has served in the post since the general election of 1985, will lead a delegation to Tokyo next week.",
			want: []string{"leads Jane Smith -> team led by Jane Smith", "visits team led by Jane Smith -> Tokyo", "visits Jane Smith -> Tokyo"},
		},
		{
			text: "Norway's Foreign Minister Kari Vik will lead a delegation to Madrid next month.",
			want: []string{"visits Kari Vik -> Madrid", "visits team led by Kari Vik -> Madrid"},
		},
		{
			// The leader's trip is the group's when the leading is its adverbial.
			text: "Norway's Foreign Minister Kari Vik arrived in Madrid at the head of a large delegation for talks on fishing rights.",
			want: []string{"visits Kari Vik -> Madrid", "visits team led by Kari Vik -> Madrid"},
		},
		{
			text: "Kari Vik, a member of the Norwegian delegation that will visit Madrid, said the talks would be hard.",
			want: []string{"visits Norwegian delegation -> Madrid", "visits Kari Vik -> Madrid"},
		},
		{
			// A committee chaired by the traveller does not travel with him.
			text: "Senator Tom Rell, who chairs the Senate farm committee, flew to Madrid on Monday.",
			want: []string{"visits Tom Rell -> Madrid"},
			not:  []string{"visits Senate farm committee -> Madrid"},
		},
		{
			// A name inside another's relative clause leads nothing.
			text: "Kari Vik, who succeeded Tom Rell in May, will lead the Norwegian delegation to Madrid.",
			not:  []string{"leads Tom Rell -> team led by Tom Rell", "visits Tom Rell -> Madrid"},
		},
		{
			// A person's mission is a trip, not a group.
			text: "Prime Minister Jan Berg has arrived back from his diplomatic mission to the Middle East.",
			want: []string{"visits Jan Berg -> Middle East"},
			not:  []string{"visits diplomatic mission -> Middle East"},
		},
	})
}

// TestLeadingAdverbialBefore checks the wording of travelling at a
// group's head.
func TestLeadingAdverbialBefore(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range []struct {
		text string
		at   int // the group phrase's first token
		want bool
	}{
		{"X arrived at the head of a large delegation", 7, true},
		{"X arrived leading a trade mission", 4, true},
		{"X arrived heading the team", 4, true},
		{"X arrived with a large delegation", 4, false},
		{"X spoke of a trade mission", 4, false},
	} {
		d := x.Run(&Document{Text: c.text}, ArticleInfo{}).Document
		if got := leadingAdverbialBefore(d, c.at); got != c.want {
			t.Errorf("%q: leadingAdverbialBefore(%d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
