package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// metSides links the sides of a meeting stated by the verb "meet"
// (metMeetings, events_meet_verb.go): each name of the subject list
// before the verb ("X and Y met"), a subject "he" or "she" the article
// resolves ("He met Y"), and the side named after the verb with the
// names of its list ("met (with) Y and Z"; titles and a demonym before a
// name allowed, "met Belgian minister Y": Y, not Belgium).
func (rb *relBuilder) metSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokEnd-e.tokStart != 1 || !meetVerbsIx.of(d.Tokens[e.tokStart]) {
			continue
		}
		subj := meetSubjectAt(d, e.tokStart)
		if subj < 1 {
			continue
		}
		ending := rb.participantEnding(in)
		starts := subjectList(d, subj, func(k int) int {
			if s := ending(k); s >= 0 {
				return titledStart(d, s)
			}
			return -1
		})
		at := meetSideStart(d, e.tokStart)
		sides := newSideList(at)
		group := -1
		if len(starts) == 0 {
			group = meetGroupSubject(d, subj, rb.bodyEnding(in)) // "Y officials met"
		}
		for _, x := range in {
			if x.ent == e.ent || !rb.participant(x) {
				continue
			}
			if x.coref {
				if len(starts) == 0 && x.tokEnd == subjectEnd(d, subj) && pronounAt(d, x.tokStart) {
					rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				}
				continue
			}
			if x.tokStart == group || slices.Contains(starts, titledStart(d, x.tokStart)) && x.tokEnd <= subj && !meetTitleBody(d, x) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				continue
			}
			if sides.takes(rb, x) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// bodyEnding is the bodyAt of meetGroupSubject over the mentions of a
// sentence: an organization, country or party named by itself.
func (rb *relBuilder) bodyEnding(in []placed) func(e int) (int, bool) {
	return func(e int) (int, bool) {
		found := false
		for _, x := range in {
			if x.tokEnd != e || x.coref {
				continue
			}
			found = true
			if rb.participant(x) && rb.ex.Entities[x.ent].Type != graph.Person {
				return x.tokStart, true
			}
		}
		return -1, found
	}
}

// meetTitleBody reports whether x only names the body of a title after
// it: "Treasury" of "Treasury Secretary X", "Acme" of "Acme chairman X"
// (a list's "and" after a name is no title).
func meetTitleBody(d *Document, x placed) bool {
	if x.tokEnd >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[x.tokEnd]
	l := low(t)
	return isPossessive(t) || t.Word() && (t.Cap() || isRelRoleWord(l) && l != "and" && l != "of")
}

// sideList walks the names of the list that opens at token at, after a
// word that takes the other side ("met Y, Z and W", "negotiating with Y
// and Z"): the first name at at, then each name the list goes on with.
type sideList struct {
	at, next int
	first    bool
}

func newSideList(at int) sideList { return sideList{at: at, next: -1, first: true} }

// takes reports whether mention x is the list's next name, and moves the
// list past it. A list that never opened (at < 0), a demonym modifying
// a name and a name qualifying another ("met Belgian minister Y": Y, not
// Belgium) take nothing.
func (l *sideList) takes(rb *relBuilder, x placed) bool {
	d := rb.d
	if l.at < 0 || rb.demonymModifier(x) || nameQualifier(d, x) {
		return false
	}
	if l.first && meetNameAfter(d, x.tokStart, x.tokEnd, l.at) || l.next >= 0 && meetNameAfter(d, x.tokStart, x.tokEnd, l.next) && listGoesOn(d, l.next, x.tokEnd) {
		l.first, l.next = false, listNext(d, x.tokEnd)
		return true
	}
	return false
}
