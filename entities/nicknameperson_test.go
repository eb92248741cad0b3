package entities

import (
	"slices"
	"testing"
)

// TestNicknameBeforePerson checks that a party nickname before a
// person's full name is read as the party and the person apart, and
// that capitalised words which are no person's name stay as they were.
func TestNicknameBeforePerson(t *testing.T) {
	tests := []struct {
		text string
		want []string // type:name the extraction must hold
		not  []string // type:name it must not hold
	}{
		{"Lib Dem Ralph Tennant said the Conservative government in Britain had failed commuters.",
			[]string{"party:Liberal Democrats", "person:Ralph Tennant"}, []string{"person:Lib Dem Ralph Tennant"}},
		{"Tory Alison Marsh Whitby told the Labour conference in Britain that the vote was lost.",
			[]string{"party:Conservative Party", "person:Alison Marsh Whitby"}, nil},
		// Not a person: a head noun follows.
		{"The Democratic National Committee met in Washington before the election.",
			nil, []string{"person:National Committee"}},
		// A name of one word is no sign of a person.
		{"Tory Burch said sales in Britain rose before the election.",
			nil, []string{"person:Burch"}},
	}
	x := New()
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(tt.text).Entities {
			if len(e.Mentions) > 0 {
				got = append(got, string(e.Type)+":"+e.Name)
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: got %q, want %s", tt.text, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: got %q, do not want %s", tt.text, got, w)
			}
		}
	}
}
