package entities

// A compound title may hold words of no role list between its opening
// modifier and its noun: "chief financial officer", "chief information
// officer", "senior investment officer". The gap is one or two lower-case
// words (no function word, speech verb or role word) after a role
// modifier ("chief", "senior", "vice") and before a role noun; the title
// readers (roleFrom forward, roleBefore backward) pass over it.

// maxTitleGap bounds the words of such a gap.
const maxTitleGap = 2

// titleGapWord reports whether token k may stand in a title's gap.
func (rb *relBuilder) titleGapWord(k int) bool {
	t := rb.d.Tokens[k]
	l := low(t)
	return t.Word() && !t.Cap() && !titleStopWords[l] && !speechVerbs[l] && !clauseLinks[l] && !isRelRoleWord(l) && !determiners[l]
}

// titleGapAfter returns the token of the role noun that ends a gap
// starting at token k (the modifier at k-1, not before lo; the noun
// before hi), or k when there is none.
func (rb *relBuilder) titleGapAfter(k, lo, hi int) int {
	if k-1 < lo || !roleModifiers[low(rb.d.Tokens[k-1])] {
		return k
	}
	for j := k; j < hi && j < k+maxTitleGap+1; j++ {
		if j > k && isRoleNoun(low(rb.d.Tokens[j])) {
			return j
		}
		if !rb.titleGapWord(j) {
			return k
		}
	}
	return k
}

// titleGapBefore returns the token of the modifier that opens a gap
// ending right before token j (a role noun), not before lo, or -1.
func (rb *relBuilder) titleGapBefore(j, lo int) int {
	if j >= len(rb.d.Tokens) || !isRoleNoun(low(rb.d.Tokens[j])) {
		return -1
	}
	for m := j - 1; m >= lo && m >= j-maxTitleGap-1; m-- {
		if m < j-1 && roleModifiers[low(rb.d.Tokens[m])] {
			return m + 1
		}
		if !rb.titleGapWord(m) {
			return -1
		}
	}
	return -1
}
