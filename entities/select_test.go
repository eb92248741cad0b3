package entities

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// selectMentionsSimple is selectMentions as first written: each candidate
// compared with every mention kept.
func selectMentionsSimple(cands []Mention) []Mention {
	slices.SortStableFunc(cands, func(a, b Mention) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.End-b.Start, a.End-a.Start),
			cmp.Compare(a.Start, b.Start),
		)
	})
	kept := make([]Mention, 0, len(cands))
	for _, c := range cands {
		if !slices.ContainsFunc(kept, func(k Mention) bool { return overlaps(k, c) }) {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return kept
}

// TestSelectMentionsRandom checks selectMentions against the simple
// version on random candidates, empty and inverted spans included.
func TestSelectMentionsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		cands := make([]Mention, r.IntN(30))
		for i := range cands {
			s := r.IntN(60)
			e := s + r.IntN(12)
			if n%50 == 0 && r.IntN(10) == 0 {
				e = s - 1 - r.IntN(3) // inverted
			}
			cands[i] = Mention{Start: s, End: e, Score: float64(r.IntN(4)), Source: string(rune('a' + i))}
		}
		want := selectMentionsSimple(slices.Clone(cands))
		got := selectMentions(slices.Clone(cands))
		if !slices.Equal(got, want) {
			t.Fatalf("candidates %v:\n got %v\nwant %v", cands, got, want)
		}
	}
}
