package entities

import (
	"cmp"
	"slices"
	"sort"
)

// overlaps reports whether two mentions share a byte.
func overlaps(a, b Mention) bool { return a.Start < b.End && b.Start < a.End }

// selectMentions keeps the best set of non-overlapping mentions: highest
// score first, then longest, then earliest. The result is sorted by start.
func selectMentions(cands []Mention) []Mention {
	// Sort the candidates' indices, not the (large) mentions: the same
	// stable order.
	order := make([]int32, len(cands))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &cands[i], &cands[j]
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.End-b.Start, a.End-a.Start),
			cmp.Compare(a.Start, b.Start),
		)
	})
	kept := make([]Mention, 0, len(cands))
	var spans keptSpans
	inverted := false // a span ending before it starts: compare with each kept one
	for _, i := range order {
		c := cands[i]
		inverted = inverted || c.End < c.Start
		if inverted {
			if !slices.ContainsFunc(kept, func(k Mention) bool { return overlaps(k, c) }) {
				kept = append(kept, c)
			}
		} else if !spans.overlaps(c.Start, c.End) {
			spans.add(c.Start, c.End)
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return kept
}

// keptSpans holds the byte spans of mentions kept so far, which do not
// overlap one another, sorted by start and then end: their ends then
// never decrease, so the only span that can overlap a new one is the last
// that starts before the new one ends.
type keptSpans []struct{ start, end int }

// overlaps reports whether [start, end) overlaps a kept span, as the
// function overlaps does for mentions.
func (k keptSpans) overlaps(start, end int) bool {
	i := sort.Search(len(k), func(i int) bool { return k[i].start >= end })
	return i > 0 && start < k[i-1].end
}

// add keeps [start, end), which overlaps no kept span.
func (k *keptSpans) add(start, end int) {
	s := *k
	i := sort.Search(len(s), func(i int) bool {
		return s[i].start > start || s[i].start == start && s[i].end > end
	})
	s = slices.Insert(s, i, struct{ start, end int }{start, end})
	*k = s
}
