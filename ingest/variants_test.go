package ingest

import (
	"slices"
	"testing"
)

// TestDeletions checks deletions against the rune-by-rune definition
// (runeDeletions) on ASCII, accented and invalid UTF-8 words (made up).
func TestDeletions(t *testing.T) {
	for _, w := range []string{"", "a", "ab", "vestmark", "aaab", "zürichsee", "ærøbyen", "naïve", "x\xffyz", "\xff\xfe"} {
		for _, self := range []bool{false, true} {
			if got, want := deletions(w, self), runeDeletions(w, self); !slices.Equal(got, want) {
				t.Errorf("deletions(%q, %v) = %q, want %q", w, self, got, want)
			}
		}
	}
	if got, want := deletions("vestby", false), []string{"vstby", "vetby", "vesby", "vesty", "vestb"}; !slices.Equal(got, want) {
		t.Errorf("deletions(vestby) = %q, want %q", got, want)
	}
}
