package names

import "strings"

// EditDistance is the Levenshtein distance of a and b, in runes, or
// limit+1 when it exceeds limit.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// wordsMatched compares the words of a query with those of a name: 1 when
// every query word is a name word or one edit away from one ("Bilawal
// Zardary" and "Bilawal Bhutto Zardari"), 2 when at least half are, 0
// otherwise.
func wordsMatched(query, name string) int {
	qw, nw := strings.Fields(query), strings.Fields(name)
	hit := 0
	for _, q := range qw {
		for _, n := range nw {
			if q == n || len(q) >= 4 && EditDistance(q, n, 1) <= 1 {
				hit++
				break
			}
		}
	}
	switch {
	case len(qw) == 0 || hit == 0:
		return 0
	case hit == len(qw):
		return 1
	case 2*hit >= len(qw):
		return 2
	}
	return 0
}
