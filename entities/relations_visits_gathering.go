package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A gathering held in a place puts its participants there, whichever
// sentence links them to it:
//
//	the Venice summit ... Reagan's comment at the Venice summit     → Reagan, Venice
//	a meeting in New Zealand ... the ministers attending the meeting → each, New Zealand
//	(datelined OSAKA) the annual meeting of the Y Bank here; P spoke at the meeting → P, Osaka
//
// The place is the gathering's own: a place inside its name ("the Venice
// summit"), "in P" or "here" (the dateline's place) right after one of
// its mentions, or "in the <description> of P" ("in the Swiss resort of
// Davos"). The participants are those an involved_in relation links to
// the gathering (relations_events*.go), so the linking wording is the
// event rules', and every one they learn adds a visit here. As for
// presence (relations_presence.go), a participant is visiting only when
// the article says which country he or she serves and the place lies in
// another: the host's own ministers at a summit at home are not
// visitors. Runs in finish, after every involved_in is known.

// gatheringNouns head an event whose place its participants travel to.
var gatheringNouns = map[string]bool{"talks": true, "meeting": true, "meetings": true, "summit": true,
	"conference": true, "negotiations": true, "consultations": true, "session": true, "forum": true,
	"congress": true, "gathering": true, "ministerial": true, "assembly": true}

// placeDescriptionMax bounds the words of "in the <description> of P".
const placeDescriptionMax = 4

// gatheringVisits adds the visits of the foreign participants of
// gatherings the article places.
func (rb *relBuilder) gatheringVisits() {
	where := rb.gatheringPlaces()
	if len(where) == 0 {
		return
	}
	for _, k := range rb.typed {
		if k.k != graph.InvolvedIn || !rb.personEnt(k.a) {
			continue
		}
		places := where[k.b]
		if len(places) == 0 {
			continue
		}
		home := rb.servedCountries(k.a)
		if len(home) == 0 || rb.residentRole(k.a) {
			continue
		}
		for _, gp := range places {
			dst := rb.ex.Entities[gp.dst]
			if dst.Entry == nil || dst.Entry.Country == "" || home[dst.Entry.Country] {
				continue
			}
			if !rb.namesEventIn(k.b, rb.rels[k].spans[0]) {
				continue // linked through "the meeting": which one is a guess
			}
			rb.add(k.a, gp.dst, graph.Visits, rb.rels[k].spans[0], confPresence, nil)
			rb.add(k.a, gp.dst, graph.Visits, gp.span, confPresence, nil)
		}
	}
}

// gatheringPlace is a place a gathering is held in, and the sentence
// that says so.
type gatheringPlace struct {
	dst  int
	span graph.Span
}

// gatheringPlaces returns, by event entity, the places the article says
// its gatherings are held in.
func (rb *relBuilder) gatheringPlaces() map[int][]gatheringPlace {
	d := rb.d
	var out map[int][]gatheringPlace
	for si, in := range rb.bySentence {
		s := d.Sentences[si]
		for _, m := range in {
			e := rb.ex.Entities[m.ent]
			if m.coref || e.Type != graph.Event || !isGatheringName(e.Name) {
				continue
			}
			dst := rb.gatheringPlaceOf(s, in, m)
			if dst < 0 {
				continue
			}
			if out == nil {
				out = map[int][]gatheringPlace{}
			}
			if !containsPlace(out[m.ent], dst) {
				out[m.ent] = append(out[m.ent], gatheringPlace{dst, sentenceSpan(s)})
			}
		}
	}
	return out
}

// containsPlace reports whether gps holds place dst.
func containsPlace(gps []gatheringPlace, dst int) bool {
	for _, gp := range gps {
		if gp.dst == dst {
			return true
		}
	}
	return false
}

// isGatheringName reports whether an event's name has a gathering noun.
func isGatheringName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if gatheringNouns[w] {
			return true
		}
	}
	return false
}

// gatheringPlaceOf returns the place event mention m of sentence s says
// its gathering is held in, or -1 (see above).
func (rb *relBuilder) gatheringPlaceOf(s Sentence, in []placed, m placed) int {
	d := rb.d
	// A place inside the name: "the Venice summit", not "the summit with
	// France" (a place after the gathering noun is a side, not its seat).
	for _, p := range in {
		if p.coref || p.tokStart < m.tokStart || p.tokEnd > m.tokEnd || !rb.isDestination(p) {
			continue
		}
		if p.tokEnd < m.tokEnd && gatheringNouns[low(d.Tokens[p.tokEnd])] && !possessiveAt(d, p.tokEnd) &&
			isDemonymFree(rb.ex.Entities[p.ent], d, p) {
			return p.ent
		}
	}
	k := m.tokEnd
	if k >= s.TokEnd {
		return -1
	}
	if low(d.Tokens[k]) == "here" && !quotedAt(d, s, k) {
		if e := datelineEntry(rb.gz, rb.place, rb.region); e != nil && e.Country != "" {
			return rb.ex.entityFor(e)
		}
		return -1
	}
	if low(d.Tokens[k]) != "in" || k+1 >= s.TokEnd {
		return -1
	}
	for _, p := range in {
		if p.coref || p.tokStart <= k || !rb.isDestination(p) {
			continue
		}
		if p.tokStart == k+1 || placeDescribed(d, k+1, p.tokStart) {
			if destinationEnds(d, p) {
				return p.ent
			}
			return -1
		}
		if p.tokStart-k > placeDescriptionMax+2 {
			return -1
		}
		// A demonym inside the description: "the Swiss resort of".
	}
	return -1
}

// placeDescribed reports whether tokens [i, j) are "the <description>
// of" before a place: "the Swiss resort of", "the northern town of".
func placeDescribed(d *Document, i, j int) bool {
	if j-i < 3 || j-i > placeDescriptionMax+2 || low(d.Tokens[i]) != "the" || low(d.Tokens[j-1]) != "of" {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if !d.Tokens[k].Word() {
			return false
		}
	}
	return true
}

// namesEventIn reports whether sentence span sp names event ev, not only
// refers to it ("the meeting" read as the latest one).
func (rb *relBuilder) namesEventIn(ev int, sp graph.Span) bool {
	si := sentenceOf(rb.d, sp.Start)
	if si < 0 {
		return false
	}
	for _, m := range rb.bySentence[si] {
		if m.ent == ev && !m.coref {
			return true
		}
	}
	return false
}
