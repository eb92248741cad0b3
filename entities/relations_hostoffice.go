package entities

import "github.com/newsgraph/newsgraph/graph"

// The one a visitor meets is often the host: a state office with no
// country of its own whose holder is met, received or addressed by a
// visitor on a visit the sentence speaks of is the office of the one
// country the article has the visitor travel to:
//
//	X returned from a U.S. visit ... X met President Y during his visit   (Y: the United States)
//
// The visitor is the clause's subject before the title; the sentence
// must hold a travel noun ("during his visit", "on a tour"), the visitor
// must visit exactly one country in the article (a place counts for its
// country), not one the visitor holds an office of, and the country must
// have such an office (lacksOffice). The article's home country does not
// decide: the one met abroad is the host, not the home government's.

// confHostOffice is the confidence of an office given the visited country.
const confHostOffice = 0.3

// hostCountry returns the country of pending office po from its holder's
// visitor (see above), or -1.
func (rb *relBuilder) hostCountry(po pendingOffice) int {
	if !rb.objectOfAddress(po) {
		return -1
	}
	d := rb.d
	s := d.Sentences[po.si]
	if !hasWord(d, s.TokStart, s.TokEnd, visitNouns) {
		return -1
	}
	in := rb.bySentence[po.si]
	var before []placed
	for _, m := range in {
		if m.tokEnd <= po.start {
			before = append(before, m)
		}
	}
	v, ok := rb.subjectBefore(before, s, po.start)
	if !ok || v == po.p || rb.ex.Entities[v].Type != graph.Person {
		return -1
	}
	host := -1
	for k := range rb.rels {
		if k.a != v || k.k != graph.Visits {
			continue
		}
		c := k.b
		if e := rb.ex.Entities[c]; e.Type != graph.Country {
			if e.Type != graph.Place {
				continue
			}
			if c = rb.namedCountryOf(e.Entry); c < 0 {
				continue
			}
		}
		if host >= 0 && host != c {
			return -1 // two countries visited
		}
		host = c
	}
	if host < 0 || rb.rels[relKey{v, host, graph.HoldsRole}] != nil || rb.lacksOffice(host, po.title) {
		return -1
	}
	if len(po.actors) > 0 && !containsInt(po.actors, host) {
		return -1
	}
	return host
}
