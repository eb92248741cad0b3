package article

import (
	"strings"
	"testing"
)

// prefilterInputs are lines the quick tests run before a regexp must let
// through whenever the regexp matches: the longest forms each pattern
// accepts, odd white space and case, and lines each test rejects.
var prefilterInputs = []string{
	"", " ", "A", "NEW DELHI, May 20 - text", "ISLAMABAD, May 18 (Reuters) - Pakistan said",
	"New Delhi:", "New Delhi: The", "Note: this", "SALVADOR, Feb 26 -", "PARIS (AFP) - x", "PARIS (AFP) -",
	"Place of Xx Yy, Calif Ab , May 18, 2025 - rest", "Place\tof\nXx\fYy,\rCalif\tAb\t,\tMay\t18,\t2025\t-\trest",
	"St. John's, Nfld., 18 May 2025 (CP) — text", "Port-au-Prince – x", "São Paulo, ſep 3 - x", "\u212Aelvin - x",
	"O'HARE: Planes", "D’ARC -", "ÉCOLE - x", "Washington, June 1, 2025 (AP) -", "LONDON, Feb 26-", "LONDON - ",
	"The company said on Monday - in a statement - that it", "Showers continued throughout the week in the Bahia cocoa zone",
	"U.S. - x", "A B C D E F G H I J K L M - x", "Nairobi\u00a0- x", "Nairobi\v- x", "Nairobi \xff- x",
}

// TestMayBeDateline checks that mayBeDateline lets every dateline through.
func TestMayBeDateline(t *testing.T) {
	for _, p := range prefilterInputs {
		for _, q := range []string{p, strings.ToUpper(p), strings.ToLower(p)} {
			if datelineRe.MatchString(q) && !mayBeDateline(q) {
				t.Errorf("mayBeDateline(%q) = false, but datelineRe matches", q)
			}
		}
	}
	for _, p := range []string{"The \"company\" said - x", "Showers continued throughout the week in the Bahia cocoa zone", "A B C D E F G H I J K L M - x", "Nairobi\u00a0- x", "lower - x"} {
		if mayBeDateline(p) {
			t.Errorf("mayBeDateline(%q) = true", p)
		}
	}
}
