package gazetteer

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMatchShape checks the case facts a Match caches for its alias: the
// same answers from the matches Lookup returns (cached) as from a Match
// made by hand (worked out on each call).
func TestMatchShape(t *testing.T) {
	tests := []struct {
		alias              string
		shortCaps, innerCp bool
	}{
		{"US", true, true},
		{"PML-N", true, true},
		{"U.S.", true, true},
		{"ABCDEFG", false, false}, // seven letters: no short acronym
		{"CoR", false, true},
		{"MoD", false, true},
		{"Paris", false, false},
		{"Mc Do", false, false}, // two words
		{"ÉTAT", true, true},
		{"été", false, false},
		{"G7", true, false},
		{"7", false, false},
	}
	var entries []Entry
	for i, tc := range tests {
		entries = append(entries, Entry{ID: "test:" + string(rune('a'+i)), Name: tc.alias, Type: graph.Organization,
			Aliases: []Alias{{Text: tc.alias, Kind: KindName}}})
	}
	g := New(entries)
	for _, tc := range tests {
		hand := Match{Alias: Alias{Text: tc.alias}}
		if hand.ShortCaps() != tc.shortCaps || hand.ShortInnerCap() != tc.innerCp {
			t.Errorf("%q by hand: ShortCaps %v ShortInnerCap %v, want %v %v", tc.alias, hand.ShortCaps(), hand.ShortInnerCap(), tc.shortCaps, tc.innerCp)
		}
		ms := g.Find(tc.alias)
		if len(ms) == 0 {
			t.Fatalf("Find(%q) found nothing", tc.alias)
		}
		for _, m := range ms {
			if m.Alias.Text != tc.alias {
				continue
			}
			if m.shape == 0 {
				t.Errorf("%q: Lookup's match has no cached shape", tc.alias)
			}
			if m.ShortCaps() != tc.shortCaps || m.ShortInnerCap() != tc.innerCp {
				t.Errorf("%q from Lookup: ShortCaps %v ShortInnerCap %v, want %v %v", tc.alias, m.ShortCaps(), m.ShortInnerCap(), tc.shortCaps, tc.innerCp)
			}
		}
	}
}
