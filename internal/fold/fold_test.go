package fold

import (
	"hash/fnv"
	"testing"
)

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

// TestFNV checks the string hash against the standard library's 64-bit
// FNV-1a, over a whole string and in two pieces.
func TestFNV(t *testing.T) {
	for _, s := range []string{"", "a", "Vornic Grain", "0000-00-00", "école"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		want := h.Sum64()
		if got := FNVString(FNVOffset, s); got != want {
			t.Errorf("FNVString(%q) = %#x, want %#x", s, got, want)
		}
		if got := FNVBytes(FNVOffset, []byte(s)); got != want {
			t.Errorf("FNVBytes(%q) = %#x, want %#x", s, got, want)
		}
		got := uint64(FNVOffset)
		for i := 0; i < len(s); i++ {
			got = FNVByte(got, s[i])
		}
		if got != want {
			t.Errorf("FNVByte over %q = %#x, want %#x", s, got, want)
		}
		if k := len(s) / 2; FNVString(FNVString(FNVOffset, s[:k]), s[k:]) != want {
			t.Errorf("FNVString of %q in two pieces differs", s)
		}
	}
}
