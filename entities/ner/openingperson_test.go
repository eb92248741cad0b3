package ner

import (
	"strings"
	"testing"
)

func TestOpeningPersons(t *testing.T) {
	m := Default()
	tests := []struct {
		sent string
		want bool // a person chunk added at the start
	}{
		{"Quillbyson was born in a village .", true},
		{"Quill-Featherby attended school in the town .", true},
		{"Quillbyson studied law .", true},
		{"Quillbyson graduated in 1950 .", true},
		{"Quillbyson received his doctorate in 1950 .", true},
		// A word news capitalises almost always inside a sentence is a
		// name too.
		{"Thatcher attended school in the town .", true},
		// A word news writes, a predicate of anyone, a word that begins
		// no name, a word not in letters.
		{"Police attended the scene .", false},
		{"Quillbyson said it would rise .", false},
		{"Quillbyson received its licence .", false},
		{"Shares attended the scene .", false},
		{"The man was born in a village .", false},
		{"Quill3 was born in a village .", false},
	}
	for _, tc := range tests {
		s := strings.Fields(tc.sent)
		got := m.openingPersons(s, nil)
		if added := len(got) == 1 && got[0] == (Chunk{Type: FinePerson, Start: 0, End: 1}); added != tc.want {
			t.Errorf("%q: chunks %v, want a person at the start: %v", tc.sent, got, tc.want)
		}
	}
	// A name the model found at the start is left as it is.
	cs := []Chunk{{Type: FineOrganization, Start: 0, End: 1}}
	if got := m.openingPersons(strings.Fields("Quillbyson was born here ."), cs); len(got) != 1 || got[0] != cs[0] {
		t.Errorf("with a chunk at the start: %v", got)
	}
}
