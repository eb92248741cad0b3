package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// TestPartyOtherName checks that a party's other name, here the English
// rendering of a Japanese party's ("National League"), names the party
// only with politics in its sentence or the party's country in the
// article.
func TestPartyOtherName(t *testing.T) {
	tests := []struct {
		text  string
		party bool
	}{
		{"National League standings: Riverton 3 Lakeside 2 .", false},
		{"The National League won 12 seats in the election, its leader said.", true},
		{"In Japan the National League held a rally on Sunday.", true},
	}
	x := New()
	for _, tc := range tests {
		got := false
		for _, e := range x.Extract(tc.text).Entities {
			if e.Type == graph.Party && e.Entry != nil {
				got = true
			}
		}
		if got != tc.party {
			t.Errorf("%q: party = %v, want %v", tc.text, got, tc.party)
		}
	}
}

// TestModelMentionPartyOtherName checks that a recognizer's mention named
// like a party by a lone word takes the party's entry only with its
// country in the article or politics in the sentence.
func TestModelMentionPartyOtherName(t *testing.T) {
	gz := gazetteer.Default()
	tests := []struct {
		text, word string
		party      bool
	}{
		{"A Muslim student won the spelling prize.", "Muslim", false},
		{"The Muslim bloc said it would vote against the bill in parliament.", "Muslim", true},
		{"In Sri Lanka, a Muslim student won the spelling prize.", "Muslim", true},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		doc := &Doc{Document: d}
		gazetteerStage{gz}.Run(doc)
		known := doc.GazetteerMentions
		i := strings.Index(tc.text, tc.word)
		k := tokenAt(d, i)
		m := Mention{Start: i, End: i + len(tc.word), TokStart: k, TokEnd: k + 1, Type: graph.Organization, Source: "model", Score: ScoreModel}
		out := vetModelMentions(d, []Mention{m}, gz, known, doc.spelled)
		got := len(out) == 1 && out[0].Entry != nil && out[0].Entry.Type == graph.Party
		if got != tc.party {
			t.Errorf("%q: %q is a party: %v, want %v", tc.text, tc.word, got, tc.party)
		}
	}
}
