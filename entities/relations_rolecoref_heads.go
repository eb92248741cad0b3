package entities

import "github.com/newsgraph/newsgraph/graph"

// A bare company head title ("Chief Executive X", relations_homeorg.go)
// is the article's company's unless its own sentence may name another
// owner for it. Any body named before the person may own the title
// ("Societe Generale ..., Chairman X said"), and so may one after the
// name ("Chairman X, of Bolt", "Chairman X, who led a buyout of Bolt"),
// unless a speech verb stands between: then the body is what the head
// talks about or to ("Chief Executive X on Friday told Reuters news
// agency that Acme had ...", "Chairman X said Bolt's unit was for
// sale"), and the title stays the article's company's.

// headSpeechVerbs are the speech verbs that put a body named after a
// bare head into what the head says: the reporting verbs and a few forms
// they lack.
var headSpeechVerbs = map[string]bool{"saying": true, "say": true, "claims": true, "tells": true, "adds": true}

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
		spoken := false
		for k := pEnd; k < m.tokStart && !spoken; k++ {
			l := low(d.Tokens[k])
			spoken = reportingVerbs[l] || headSpeechVerbs[l]
		}
		if !spoken {
			return true
		}
	}
	return false
}
