package fold

import "testing"

func TestAppendRune(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"AbC", "abc"},
		{"2025-05-18", "0000-00-00"},
		{"ÉCOLE", "école"},
		{"٣", "0"}, // an Arabic-Indic digit
		{"ΑΘΗΝΑ", "αθηνα"},
		{"", ""},
	} {
		var b []byte
		for _, r := range tc.in {
			b = AppendRune(b, r)
		}
		if string(b) != tc.want {
			t.Errorf("fold %q = %q, want %q", tc.in, b, tc.want)
		}
	}
}

func TestShapeRune(t *testing.T) {
	for in, want := range map[rune]rune{'A': 'X', 'É': 'X', 'a': 'x', 'd': 'x', 'X': 'X', '7': 'd', '٣': 'd', '-': '-', '.': '.'} {
		if got := ShapeRune(in); got != want {
			t.Errorf("ShapeRune(%q) = %q, want %q", in, got, want)
		}
	}
}
