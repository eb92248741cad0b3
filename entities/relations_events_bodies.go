package entities

import "github.com/newsgraph/newsgraph/graph"

// bodyHolds reports whether x is the body that holds gathering m, named
// inside the gathering's name: an organization or party opening it ("the
// IMF meeting", "the Vesta Party conference") or named after the head and
// "of" ("the annual meeting of the Asian Development Bank"). A body meets
// at its own meeting, so it is involved in it. A place or country there
// only says where the gathering is ("the Oslo summit"), and a body that
// only qualifies another name ("the IMF chief's meeting", "the OPEC
// ministers' conference": possessive or lower-case role word after it)
// holds nothing, and neither does a body named as the gathering itself
// (an entity that took the gathering's name).
func (rb *relBuilder) bodyHolds(x, m placed) bool {
	d := rb.d
	t := rb.ex.Entities[x.ent].Type
	if x.coref || x.ent == m.ent || rb.ex.Entities[x.ent].Name == rb.ex.Entities[m.ent].Name || t != graph.Organization && t != graph.Party || !isGathering(d, m) || x.tokEnd > m.tokEnd {
		return false
	}
	if _, j := datedOpening(d, m.tokStart); j >= 0 && x.tokStart == j { // "yesterday's G-7 meeting" (events_dated.go)
		return x.tokEnd < m.tokEnd && gatheringHeads[low(d.Tokens[x.tokEnd])] && !d.Tokens[x.tokEnd].Cap()
	}
	if x.tokStart == m.tokStart {
		return x.tokEnd < m.tokEnd && gatheringHeads[low(d.Tokens[x.tokEnd])] && !d.Tokens[x.tokEnd].Cap()
	}
	k := x.tokStart - 1
	if k > m.tokStart && low(d.Tokens[k]) == "the" {
		k--
	}
	return k > m.tokStart && low(d.Tokens[k]) == "of" && gatheringHeads[low(d.Tokens[k-1])] && !d.Tokens[k-1].Cap() &&
		(x.tokEnd == len(d.Tokens) || !bodyNounAfter(d.Tokens[x.tokEnd]) || talksWordsAfter[low(d.Tokens[x.tokEnd])])
}

// bodyNounAfter reports whether t, right after a body's name, makes the
// name a modifier: a possessive or a lower-case word that is no stop word
// ("the annual meeting of the Y development bank").
func bodyNounAfter(t Token) bool {
	return isPossessive(t) || t.Word() && !t.Cap() && !groupStopWords[low(t)]
}

// bodyEventOpens reports whether the determiner at token b opens one
// gathering of a body whose head is at token h (eventsOfBodies): "the"
// always, "a" or "an" when a modifier between tells which one ("an
// annual meeting of the Y Bank"), or before a singular gathering head
// (indefiniteGathering: "a meeting of the Y Association").
func bodyEventOpens(d *Document, b, h int) bool {
	switch low(d.Tokens[b]) {
	case "the":
		return true
	case "a", "an":
		return h > b+1 || indefiniteGathering(d, h) // events_gather_bodies.go
	}
	return false
}

// countryActs reports whether country x opens event m whose head is an
// event nominal a country holds or carries out ("the UK referendum", "the
// Iraqi invasion of Y", "the U.S. budget"): the country acts, where
// before a summit or a strike it would only say where (bodyHolds).
func (rb *relBuilder) countryActs(x, m placed) bool {
	d := rb.d
	if x.coref || rb.ex.Entities[x.ent].Type != graph.Country || x.tokStart != m.tokStart || x.tokEnd >= m.tokEnd {
		return false
	}
	for k := x.tokEnd; k < m.tokEnd; k++ {
		if l := low(d.Tokens[k]); !d.Tokens[k].Cap() && nominalFrames[l]&viaOwner != 0 {
			return true
		}
	}
	return false
}
