package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestPossessiveCompanies checks that a company named with a possessive
// word keeps it, and that the word before "'s" elsewhere in the article
// is an organization, while a country's or a person's possessive before a
// company stays apart.
func TestPossessiveCompanies(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text      string
		want, not []string // "type:name" of entities present, absent
	}{
		{"Quillby's Ratings Service Inc said it cut the debt of Norcastle Corp. Quillby's said the cut affects 100 mln dlrs of debt.",
			[]string{"organization:Quillby's Ratings Service Inc"}, []string{"organization:Ratings Service Inc", "person:Quillby"}},
		// A small town's name before "'s" is the founder's, not the town.
		{"U.S. debt: Hollister's Ratings Service Inc said it cut the debt of Norcastle Corp. Hollister's said the cut affects 100 mln dlrs of debt.",
			[]string{"organization:Hollister's Ratings Service Inc"}, []string{"organization:Ratings Service Inc", "place:Hollister"}},
		{"Japan's Norcastle Steel Corp said output fell.",
			[]string{"country:Japan", "organization:Norcastle Steel Corp"}, []string{"organization:Japan's Norcastle Steel Corp"}},
	}
	for _, tc := range tests {
		got := map[string]bool{}
		for _, e := range x.Extract(tc.text).Entities {
			got[string(e.Type)+":"+e.Name] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no %s among %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: %s among %v", tc.text, n, got)
			}
		}
	}
}

// TestKnownOneWordOrg checks the guard that keeps a well-known company's
// possessive apart from the firm after it when a town shares its name.
func TestKnownOneWordOrg(t *testing.T) {
	for k, want := range map[string]bool{"goodyear": true, "hollister": false, "norcastle": false} {
		if got := knownOneWordOrg(k); got != want {
			t.Errorf("knownOneWordOrg(%q) = %v, want %v", k, got, want)
		}
	}
}
