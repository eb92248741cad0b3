package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
)

// TestPossessivePartyInFull checks that a party named in full after a
// person's possessive, or after "his"/"her" referring to the person, is
// the person's party, while a bare party adjective after a possessive
// qualifies another noun and names no membership.
func TestPossessivePartyInFull(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{
			text: "Prime Minister Lars Vik met bankers. Vik's Socialist Party would back the plan, aides said.",
			want: []string{"member_of Lars Vik -> Socialist Party"},
		},
		{
			text: "Prime Minister Lars Vik met bankers. Members of Vik's ruling Socialist Party filed a complaint.",
			want: []string{"member_of Lars Vik -> Socialist Party"},
		},
		{
			text: "Mr John Vik told a meeting of his Socialist Party that taxes would fall.",
			want: []string{"member_of John Vik -> Socialist Party"},
		},
		{
			// The adjective qualifies "critics": they are others.
			text: "Lars Vik spoke on Monday. Vik's Socialist critics said taxes would rise.",
			not:  []string{"member_of Lars Vik"},
		},
		{
			// "Labour" is the party's name and its adjective: the
			// possessive owns the government, not the party.
			text: "Lars Vik spoke on Monday. Vik's Labour government was attacked.",
			not:  []string{"member_of Lars Vik"},
		},
	}
	for _, tt := range tests {
		checkTypedRels(t, x, tt.text, tt.want, tt.not)
	}
}

// TestPartyNamedInFull checks the mention shapes that name a party in
// full: two words or more ending in a party's head word.
func TestPartyNamedInFull(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Socialist Party", true},
		{"Christian Democratic Union", true},
		{"Social Democrats", true},
		{"Socialist", false},
		{"Labour", false},
		{"New Labour", false},
	} {
		d := text.Segment(tt.text)
		q := placed{tokStart: 0, tokEnd: len(d.Tokens)}
		if got := partyNamedInFull(d, q); got != tt.want {
			t.Errorf("partyNamedInFull(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
