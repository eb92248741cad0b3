package names

import (
	"strings"
	"testing"
	"unicode"
)

func TestSurfaceFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Sadiq Khan", "sadiq khan"},
		{"  SADIQ   KHAN's", "sadiq khan"},
		{"The U.S.", "us"},
		{"Zürich", "zurich"},
		{"Jammu-Kashmir", "jammu kashmir"},
		{"Khan’s", "khan"},
		{"...", ""},
	} {
		if got := SurfaceFold(tc.in); got != tc.want {
			t.Errorf("SurfaceFold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzSurfaceFold(f *testing.F) {
	for _, s := range []string{"Sadiq Khan", "The U.S.'s", "Zürich", "", "ǅ\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := SurfaceFold(s)
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Errorf("SurfaceFold(%q) = %q: stray spaces", s, got)
		}
		for _, r := range got {
			if unicode.ToLower(r) != r {
				t.Errorf("SurfaceFold(%q) = %q: not lower case", s, got)
			}
		}
	})
}
