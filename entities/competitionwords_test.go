package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
)

// TestCompetitionWordsNoPerson checks that a title cue before a
// competition's name makes no person, and still makes one before a name
// (made-up names).
func TestCompetitionWordsNoPerson(t *testing.T) {
	for _, tc := range []struct {
		text   string
		person bool
	}{
		{"Major Vestby League standings after Friday's games.", false},
		{"Major Tam Ostby said on Friday.", true},
	} {
		d := text.Segment(tc.text)
		got := false
		for _, m := range newCueRecognizer(nil).Recognize(d) {
			got = got || m.Type == "person"
		}
		if got != tc.person {
			t.Errorf("%q: person found = %v, want %v", tc.text, got, tc.person)
		}
	}
}
