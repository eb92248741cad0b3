package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// "here" in a datelined story is the dateline's place, so the presence
// wordings that put a person "in X" (relations_presence.go) put them
// there when they say "here" instead:
//
//	P told reporters here; P said here; P met Q here          → P
//	Speaking here, P said ...                                 → P
//	P said after talks here; at a meeting here, P said        → P
//	the annual meeting of the Y Bank here, P said             → P
//	talks with Q here; met with Q here                        → Q
//
// A story filed from a city mostly quotes that city's own officials
// ("Finance Minister X told reporters here" in a story from X's capital),
// so the candidates go through the same check as presence: the person
// must serve a country the article names (an office, a party) and the
// dateline's place must lie in another. Reuters writes "here" for the
// dateline's city in most of its foreign stories, which is why this
// fires far more often than "in X" presence does. An ambassador or a
// consul is stationed where he is, not visiting (residentRole).

// herePresence records the persons sentence si places "here".
func (rb *relBuilder) herePresence(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	dst := -1
	for h := s.TokStart + 1; h < s.TokEnd; h++ {
		if d.Tokens[h].LowerText() != "here" || quotedAt(d, s, h) {
			continue
		}
		if dst < 0 {
			if subDatelined(d, s) {
				return // "ROME - ...": a digest's paragraph filed from elsewhere
			}
			e := datelineEntry(rb.gz, rb.place, rb.region)
			if e == nil || e.Country == "" {
				return
			}
			// The dateline stage adds this entity anyway (dateline.go):
			// finding it now adds nothing to the graph by itself.
			dst = rb.ex.entityFor(e)
		}
		for _, p := range rb.hereParticipants(si, in, h) {
			rb.presences = append(rb.presences, pendingPresence{p, dst, sentenceSpan(s)})
		}
	}
}

// hereParticipants returns the persons the words around "here" at token
// h place there (see above).
func (rb *relBuilder) hereParticipants(si int, in []placed, h int) []int {
	d := rb.d
	s := d.Sentences[si]
	var out []int
	// "talks with Q here", "met with Q here", "meet Q here".
	for _, q := range in {
		if q.tokEnd == h && rb.personEnt(q.ent) && rb.meetsBefore(s, q.tokStart) {
			out = append(out, q.ent)
		}
	}
	// "talks here", "the annual meeting of the Y Bank here".
	if n := meetingNounBefore(d, s, in, h); n >= 0 {
		if src, ok := rb.meetingParticipant(si, in, n, h+1); ok && rb.personEnt(src) {
			out = append(out, src)
		}
	}
	// "Speaking here, P said", "Speaking to reporters here, P said".
	if w := s.TokStart; presenceWords[low(d.Tokens[w])] && strings.HasSuffix(low(d.Tokens[w]), "ing") && h-w-1 <= presenceMaxGap &&
		h+1 < s.TokEnd && d.Tokens[h+1].Text == "," {
		if src, ok := rb.subjectAfterFronted(in, s, h+1); ok && rb.personEnt(src) {
			out = append(out, src)
		}
	}
	// "P told reporters here", "P said here", "P met Q here".
	for _, p := range in {
		if p.tokEnd < h && rb.personEnt(p.ent) && rb.presenceBeforeHere(in, p, h) {
			out = append(out, p.ent)
		}
	}
	return out
}

// presenceBeforeHere reports whether the words from person p to "here" at
// token h put p there: a presence word close after p, "here" close after
// it (or only the people p met between), no other body between p and the
// word, no negation or subordinate clause.
func (rb *relBuilder) presenceBeforeHere(in []placed, p placed, h int) bool {
	d := rb.d
	w := -1
	for k := p.tokEnd; k < h && k <= p.tokEnd+presenceMaxGap; k++ {
		if presenceWords[low(d.Tokens[k])] {
			w = k
			break
		}
	}
	if w < 0 || hasWord(d, p.tokEnd, h, negationWords) || hasWord(d, p.tokEnd, h, subordinators) || hasWord(d, p.tokEnd, h, residenceWords) {
		return false
	}
	if h-1-w > presenceMaxGap && !rb.metWhom(in, w+1, h) {
		return false
	}
	for _, q := range in {
		if q.tokStart >= p.tokEnd && q.tokStart < w && !rb.personEnt(q.ent) {
			return false
		}
	}
	return true
}

// meetingNounBefore returns the meeting noun whose phrase "here" at token
// h closes: right before it ("talks here"), or before "of" and the body
// that holds it ("the meeting of the Y Bank here"); -1 for none.
func meetingNounBefore(d *Document, s Sentence, in []placed, h int) int {
	if meetingNouns[low(d.Tokens[h-1])] {
		return h - 1
	}
	end := h
	if d.Tokens[h-1].Text == ")" && h-3 > s.TokStart && d.Tokens[h-3].Text == "(" {
		end = h - 3 // "the meeting of the Asian Development Bank (ADB) here"
	}
	for _, m := range in {
		if m.tokEnd != end || m.coref {
			continue
		}
		k := m.tokStart - 1
		if k > s.TokStart && low(d.Tokens[k]) == "the" {
			k--
		}
		if k-1 > s.TokStart && low(d.Tokens[k]) == "of" && meetingNouns[low(d.Tokens[k-1])] {
			return k - 1
		}
	}
	return -1
}

// personEnt reports whether entity i is a person.
func (rb *relBuilder) personEnt(i int) bool { return rb.ex.Entities[i].Type == graph.Person }

// residentTitles name offices held in a foreign country: their holder
// lives where the office is, and being there is no visit.
var residentTitles = []string{"ambassador", "consul", "attache", "attaché", "high commissioner", "charge d'affaires", "chargé d'affaires"}

// residentRole reports whether person p holds, by the relations found, an
// office of residentTitles.
func (rb *relBuilder) residentRole(p int) bool {
	for k, r := range rb.rels {
		if k.a != p || k.k != graph.HoldsRole && k.k != graph.Leads {
			continue
		}
		role := strings.ToLower(r.attrs["role"])
		for _, t := range residentTitles {
			if strings.Contains(role, t) {
				return true
			}
		}
	}
	return false
}

// subDatelined reports whether sentence s opens with a dateline of its
// own, a place in capitals and a dash ("ROME - "), as the paragraphs of
// a news digest do: its "here" is that place, not the article's.
func subDatelined(d *Document, s Sentence) bool {
	for k := s.TokStart; k < s.TokEnd && k-s.TokStart <= 3; k++ {
		t := d.Tokens[k]
		if isDash(t.Text) {
			return k > s.TokStart
		}
		if !t.Word() || strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return false
}
