package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestBodyNotParty checks that a one-word body the recognizer may read as
// a party ("Congress", "the Community") is the legislature or the bloc
// unless a party word follows it or the article is about a country with
// a party of that name, on sentences written for this test.
func TestBodyNotParty(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		text      string
		want, not []string // "type:name" of entities present, absent
	}{
		{"WASHINGTON, May 4 - The White House asked Congress to approve the farm bill on Tuesday. Congress is expected to vote on it next week, aides said.",
			[]string{"organization:Congress"}, []string{"party:Congress"}},
		{"The Baltic Trade Community said tariffs would fall. The Community will meet in Riga next month, its officials said.",
			nil, []string{"party:Community"}},
		{"Voters in India gave Congress a clear majority in the Kerala assembly, officials in Mumbai said. Congress will name the chief minister.",
			[]string{"party:Indian National Congress"}, []string{"organization:Congress"}},
		{"CHICAGO, May 4 - Ravi Menon, a Congress party member, spoke to students in Chicago on Tuesday.",
			[]string{"party:Congress"}, []string{"organization:Congress"}},
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
