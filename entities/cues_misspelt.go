package entities

// swappedRole reports whether l, a lower-case word of six letters or more,
// is a role noun with two neighbouring letters swapped: the common typing
// slip of "Minsiter" and "Secertary". A word the role nouns or title heads
// hold is no slip; a shorter word's swaps are too often other words.
func swappedRole(l string) bool {
	if len(l) < 6 || roleNouns[l] || titleHeads[l] {
		return false
	}
	b := []byte(l)
	for k := 0; k+1 < len(b); k++ {
		if b[k] == b[k+1] {
			continue
		}
		b[k], b[k+1] = b[k+1], b[k]
		hit := roleNouns[string(b)]
		b[k], b[k+1] = b[k+1], b[k]
		if hit {
			return true
		}
	}
	return false
}
