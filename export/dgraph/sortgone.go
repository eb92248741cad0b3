package dgraph

import (
	"cmp"
	"slices"
)

// sortGone orders deleted keys relations first, then articles, sentences
// and entities, each by key, so deletions never leave an edge to a node that
// is already gone and the order is the same on every run.
func sortGone(keys []string) {
	rank := func(k string) int {
		switch k[0] {
		case 'r':
			return 0
		case 'a':
			return 1
		case 's':
			return 2
		}
		return 3
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) })
}
