package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestNameDenseSentenceIsNoHeadline checks that a sentence whose words
// are mostly names but with a verb in lower case is read as a sentence
// (its names found), while a title-case heading stays a heading, on
// sentences written for this test.
func TestNameDenseSentenceIsNoHeadline(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []struct {
		sentence string
		heading  bool
	}{
		{"On Monday, José Manuel Ferreira met François Dubreuil in Paris.", false},
		{"Vellmark Central Bank Raises Rates in March", true},
		{"Alva Brenner Sees Growth", true},
		{"Alva Brenner said growth would slow.", false},
	}
	for _, tt := range tests {
		d := x.Run(&Document{Text: tt.sentence}, ArticleInfo{})
		if len(d.Sentences) != 1 {
			t.Fatalf("%q: %d sentences", tt.sentence, len(d.Sentences))
		}
		if got := isHeadline(d.Document, d.Sentences[0]); got != tt.heading {
			t.Errorf("%q: heading %v, want %v", tt.sentence, got, tt.heading)
		}
	}
	names := 0
	for _, e := range x.Extract(tests[0].sentence).Entities {
		if e.Type == "person" {
			names++
		}
	}
	if names != 2 {
		t.Errorf("%q: %d persons, want 2", tests[0].sentence, names)
	}
}
