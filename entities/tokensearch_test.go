package entities

import (
	"cmp"
	"slices"
	"testing"
)

// tokenSearch gives what slices.BinarySearchFunc gives on the tokens'
// starts and ends, at every offset of a few texts (each token's own
// offsets, the gaps between tokens, before the first and past the last).
func TestTokenSearch(t *testing.T) {
	for _, text := range []string{
		"",
		"Hi",
		"The U.S. envoy met Ms. Rao in Geneva, on Monday.",
		"  Leading spaces -- and a dash; \"quoted\" words (here).\n\nA second paragraph.",
	} {
		d := Segment(text)
		for off := -1; off <= len(text)+1; off++ {
			for _, byEnd := range []bool{false, true} {
				wi, wok := slices.BinarySearchFunc(d.Tokens, off, func(t Token, off int) int {
					if byEnd {
						return cmp.Compare(t.End, off)
					}
					return cmp.Compare(t.Start, off)
				})
				gi, gok := tokenSearch(d, off, byEnd)
				if gi != wi || gok != wok {
					t.Errorf("%q offset %d byEnd %v: got (%d, %v), want (%d, %v)", text, off, byEnd, gi, gok, wi, wok)
				}
			}
		}
	}
}
