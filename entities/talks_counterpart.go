package entities

// The side of talks or a meeting named by its office first: "held talks
// with his Israeli counterpart, X", "met her French counterpart, X",
// "talks with their counterparts, X and Y". The side is the name after
// the comma; the words before it only say whose counterpart it is (the
// demonym is not a side: the counterparts stage gives it the office,
// relations_counterpart.go).

// counterpartOwners open a counterpart phrase.
var counterpartOwners = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// counterpartNameAt returns the token where the name of the side of talks
// starts when the words from token at are "his (Israeli) counterpart,"
// (at most two words between the owner and "counterpart"), else at.
func counterpartNameAt(d *Document, at int) int {
	if at < 0 || at >= len(d.Tokens) || !counterpartOwners[low(d.Tokens[at])] {
		return at
	}
	for k := at + 1; k < len(d.Tokens) && k <= at+3; k++ {
		t := d.Tokens[k]
		if t.Break || !t.Word() {
			return at
		}
		if l := low(t); l == "counterpart" || l == "counterparts" {
			if k+2 < len(d.Tokens) && d.Tokens[k+1].Text == "," && !d.Tokens[k+1].Break {
				return k + 2
			}
			return at
		}
	}
	return at
}
