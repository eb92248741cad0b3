package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Pakistan", "pakistan"},
		{"S. Jaishankar", "s jaishankar"},
		{"S Jaishankar", "s jaishankar"},
		{"Bhutto-Zardari", "bhutto zardari"},
		{"Bhutto Zardari", "bhutto zardari"},
		{"U.S.", "us"},
		{"US", "us"},
		{"U.S.A.", "usa"},
		{"  New   Delhi ", "new delhi"},
		{"Côte d'Ivoire", "cote divoire"},
		{"Côte d’Ivoire", "cote divoire"},
		{"Bogotá", "bogota"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Ærø", "aero"},
		{"Hawaiʻi", "hawaii"},
		{"Guinea–Bissau", "guinea bissau"},
		{"A—B", "a b"},
		{"north_west/east", "north west east"},
		{"tab\there\nnewline", "tab here newline"},
		{"CPI(M)", "cpi(m)"},
		{"Washington, D.C.", "washington, dc"},
		{"İstanbul", "istanbul"},
		{"ＵＮ", "un"}, // full-width letters fold under NFKD
		{"ﬁnance", "finance"},
		{"Ελλάδα", "ελλαδα"}, // other scripts are kept, lower-cased, without accents
		{"\xff", "\ufffd"},
		{"-.'", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The fast path must agree with the NFKD path for every character it
// handles, alone and inside words.
func TestKeyFastPath(t *testing.T) {
	runes := []rune{'\u2018', '\u2019', '\u2013', '\u2014', '\u00a0', '\u02bc'}
	for r := rune(0); r <= 0x24F; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		for _, s := range []string{string(r), "A" + string(r) + "b", "x-" + string(r) + ".y", " " + string(r) + " "} {
			if !fastKeyable(s) {
				continue
			}
			var b strings.Builder
			writeFastKey(&b, s)
			if got, want := b.String(), unicodeKey(s); got != want {
				t.Errorf("writeFastKey(%q) = %q, unicodeKey = %q", s, got, want)
			}
		}
	}
}

func TestKeyFastPathAlreadyKey(t *testing.T) {
	s := "new delhi"
	if got := Key(s); got != s {
		t.Fatalf("Key(%q) = %q", s, got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
		t.Errorf("Key of a key allocates %v times", n)
	}
}

// KeyLower, given a word's lower case, gives Key's answer, and for a
// plain ASCII word returns the lower case it was given.
func TestKeyLower(t *testing.T) {
	for _, s := range []string{"Delhi", "delhi", "U.S.", "O'Brien", "Bhutto-Zardari", "K\u212a", "\u212a", "İstanbul", "ẞ", "Côte", "a b", " a", "", "ABC"} {
		if got, want := KeyLower(s, strings.ToLower(s)), Key(s); got != want {
			t.Errorf("KeyLower(%q) = %q, Key = %q", s, got, want)
		}
	}
	lower := "delhi"
	if n := testing.AllocsPerRun(100, func() { _ = KeyLower("Delhi", lower) }); n != 0 {
		t.Errorf("KeyLower of a plain word allocates %v times", n)
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"U.S.", "Bhutto-Zardari", "Côte d’Ivoire", "ＵＮ", "İ", "\xff\xfe", "a \u0301b", "ǅ", "ŉ", "ϴ", "ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q is not valid UTF-8", s, k)
		}
		if k2 := Key(k); k2 != k {
			t.Fatalf("Key not idempotent: Key(%q) = %q, Key(%q) = %q", s, k, k, k2)
		}
		if kl := KeyLower(s, strings.ToLower(s)); kl != k {
			t.Fatalf("KeyLower(%q) = %q, Key = %q", s, kl, k)
		}
		if len(k) > 0 && (k[0] == ' ' || k[len(k)-1] == ' ') {
			t.Fatalf("Key(%q) = %q is not trimmed", s, k)
		}
	})
}
