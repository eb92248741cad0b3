package entities

import (
	"cmp"
	"slices"
)

// overlaps reports whether two mentions share a byte.
func overlaps(a, b Mention) bool { return a.Start < b.End && b.Start < a.End }

// selectMentions keeps the best set of non-overlapping mentions: highest
// score first, then longest, then earliest. The result is sorted by start.
func selectMentions(cands []Mention) []Mention {
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
