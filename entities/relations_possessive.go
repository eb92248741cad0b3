package entities

// possessiveMembership reports whether person p owns party q in the
// wording: "X's own <Party>", "his own <Party> party", "X's Gaullist
// <Party> party". "own" or a following "party" is required: "X's
// Republican critics" are others.
func possessiveMembership(d *Document, p, q placed) bool {
	k := p.tokEnd
	switch {
	case k < len(d.Tokens) && isPossessive(d.Tokens[k]):
		k++
	case p.coref && p.tokEnd == p.tokStart+1 && possessivePronouns[low(d.Tokens[p.tokStart])]:
	default:
		return false
	}
	own := k < q.tokStart && low(d.Tokens[k]) == "own"
	if own {
		k++
	}
	// At most one adjective between: "Gaullist", "ruling".
	if q.tokStart-k > 1 || q.tokStart < k {
		return false
	}
	if q.tokStart == k+1 && !d.Tokens[k].Word() {
		return false
	}
	return own || q.tokEnd < len(d.Tokens) && low(d.Tokens[q.tokEnd]) == "party"
}

// possessivePronouns own what follows them.
var possessivePronouns = map[string]bool{"his": true, "her": true}
