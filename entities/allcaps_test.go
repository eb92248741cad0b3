package entities

import "testing"

// TestAllCaps checks the ASCII path of allCaps against the rune path.
func TestAllCaps(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"NATO", true}, {"U.S.", true}, {"G7", true}, {"Nato", false}, {"nato", false}, {"1987", false}, {"", false},
		{"ÉLYSÉE", true}, {"Élysée", false}, {"KÖLN-2", true}, {"ZORVÄTH Co", false}, {"—", false},
	} {
		if got := allCaps(tc.s); got != tc.want || allCapsRunes(tc.s) != tc.want {
			t.Errorf("allCaps(%q) = %v (runes %v), want %v", tc.s, got, allCapsRunes(tc.s), tc.want)
		}
	}
}
