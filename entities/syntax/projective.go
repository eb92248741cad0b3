package syntax

// projectivize lifts non-projective arcs of heads (heads[d] is d's head
// for d in 1..n, 0 the root; heads[0] unused) until the tree is
// projective: the shortest crossing arc's dependent is re-attached to its
// head's head. It reports false when heads is not a tree.
func projectivize(heads []int) bool {
	n := len(heads) - 1
	for d := 1; d <= n; d++ {
		h, steps := heads[d], 0
		for h != 0 {
			if h < 0 || h > n || steps > n {
				return false
			}
			h = heads[h]
			steps++
		}
	}
	for iter := 0; iter < n*n; iter++ {
		best, bestLen := -1, n+1
		for d := 1; d <= n; d++ {
			if l := abs(heads[d] - d); l < bestLen && !projectiveArc(heads, d) {
				best, bestLen = d, l
			}
		}
		if best < 0 {
			return true
		}
		heads[best] = heads[heads[best]]
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// projectiveArc reports whether every word between d and its head
// descends from the head.
func projectiveArc(heads []int, d int) bool {
	h := heads[d]
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		a := k
		for a != h && a != 0 {
			a = heads[a]
		}
		if a != h {
			return false
		}
	}
	return true
}
