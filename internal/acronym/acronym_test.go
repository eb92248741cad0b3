package acronym

import (
	"strings"
	"testing"
	"unicode"
)

func TestLetters(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"QZX", "QZX", true},
		{"QzX", "QX", true},    // a small letter inside is not spelled
		{"QZXs", "QZX", true},  // nor a plural "s"
		{"QZXS", "QZXS", true}, // but a capital S is
		{"Q7Z", "Q7Z", true},   // digits are
		{"ÉQZ", "ÉQZ", true},   // capitals beyond ASCII too
		{"Q7", "", false},      // one capital
		{"Qzx", "", false},     // a name, not an acronym
		{"qzx", "", false},     // a word
		{"Q.Z.", "", false},    // periods
		{"QZ(X)", "", false},   // brackets
		{"QZ-X", "", false},    // a hyphen
		{"", "", false},        // nothing
		{"QZ X", "", false},    // two words
	}
	for _, tc := range tests {
		got, ok := Letters(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Letters(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestWriteInitials(t *testing.T) {
	small := func(part string) bool { return part == "of" }
	nonLetter := func(part string) bool {
		for _, r := range part {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
		return true
	}
	tests := []struct {
		words []string
		skip  func(string) bool
		want  string
	}{
		{[]string{"Vornic", "Grain", "Board"}, nil, "VGB"},
		{[]string{"Vornic", "grain", "board"}, nil, "VGB"},  // small letters become capitals
		{[]string{"Q.Z.", "Vornic", "Board"}, nil, "QZVB"},  // each part between periods
		{[]string{"Group", "of", "12"}, small, "G12"},       // a number whole, a small word skipped
		{[]string{"Group", "of", "12"}, nil, "GO12"},        // without skip it counts
		{[]string{"Vornic", "&", "Board"}, nonLetter, "VB"}, // skip punctuation
		{[]string{"Vornic", "&", "Board"}, nil, "V&B"},      // or keep it
		{[]string{"Q.Z.-Vornic"}, nonLetter, "QZ"},          // a part that skip drops
		{[]string{"éclat", "Vornic"}, nil, "ÉV"},            // beyond ASCII
		{[]string{"..."}, nil, ""},                          // no part
	}
	for _, tc := range tests {
		var b strings.Builder
		for _, w := range tc.words {
			WriteInitials(&b, w, tc.skip)
		}
		if got := b.String(); got != tc.want {
			t.Errorf("initials of %q = %q, want %q", tc.words, got, tc.want)
		}
	}
}
