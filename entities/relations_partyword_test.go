package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyWordOpening checks a party word that opens a sentence before a
// title ("Conservative MP X"), on texts written for this test: the party
// the article names in full elsewhere.
func TestPartyWordOpening(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	cases := []struct {
		text, person, party string
		want                bool
	}{
		{"The Conservatives said taxes would rise. Conservative MP Tom Hale agreed.", "Tom Hale", "Conservative Party", true},
		{"The Conservatives said taxes would rise. Senior MP Tom Hale agreed.", "Tom Hale", "Conservative Party", false},
	}
	for _, c := range cases {
		ex := x.Extract(c.text)
		got := false
		for _, r := range ex.Relations {
			if r.Kind == graph.MemberOf && ex.Entities[r.From].Name == c.person && ex.Entities[r.To].Name == c.party {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: %s member_of %s = %v, want %v", c.text, c.person, c.party, got, c.want)
		}
	}
}
