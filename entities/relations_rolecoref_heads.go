package entities

import "github.com/newsgraph/newsgraph/graph"

// A bare company head title ("Chief Executive X", relations_homeorg.go)
// is the article's company's unless its own sentence may name another
// owner for it. A body named before the person may own the title
// ("Societe Generale ..., Chairman X said"), and so may one right after
// the name, in apposition or after "of", "at" or "from" ("Chairman X, of
// Bolt"). A body named further on, after a verb, is what the head talks
// about or to ("Chief Executive X on Friday told Reuters news agency that
// Acme had ..."), and leaves the title to the article's company.

// headOwnerGap is how many tokens may stand between a bare head's name
// and a body that may own the title: ", of the Bolt".
const headOwnerGap = 3

// headOwnerWords may stand between a bare head's name and a body that
// owns the title.
var headOwnerWords = map[string]bool{",": true, "of": true, "at": true, "from": true, "(": true, "the": true, "-": true}

// headOwnedElsewhere reports whether the sentence of pending head h names
// an organization other than home that may own its title (see above).
func (rb *relBuilder) headOwnedElsewhere(h pendingHead, home int) bool {
	d := rb.d
	in := rb.bySentence[h.si]
	pEnd := -1
	for _, m := range in {
		if m.ent == h.p && m.tokStart >= h.r.end {
			pEnd = m.tokEnd
			break
		}
	}
	for _, m := range in {
		if m.ent == home || m.coref || rb.ex.Entities[m.ent].Type != graph.Organization {
			continue
		}
		if pEnd < 0 || m.tokStart < pEnd {
			return true
		}
		if m.tokStart-pEnd > headOwnerGap {
			continue
		}
		owned := true
		for k := pEnd; k < m.tokStart; k++ {
			owned = owned && headOwnerWords[low(d.Tokens[k])]
		}
		if owned {
			return true
		}
	}
	return false
}
