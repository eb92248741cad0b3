package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// verbalSides links the parties of a vote, negotiations or a bankruptcy
// filing stated by its verb (verbalEvents, events_verbal.go): each name
// of the subject list before the verb ("The Senate voted", "X and Y are
// negotiating", "X, which filed for bankruptcy"), and for negotiations
// the counterpart named after "with" with the names of its list
// ("negotiating with X and Y"; a title or a demonym before a name
// allowed: "with Belgian minister X" links X, not Belgium).
func (rb *relBuilder) verbalSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || e.tokEnd-e.tokStart != 1 || rb.ex.Entities[e.ent].Type != graph.Event {
			continue
		}
		v := e.tokStart
		if sessionVerbsIx.of(d.Tokens[v]) {
			rb.sessionSide(e, in, span)
			continue
		}
		if imposedHeads[low(d.Tokens[v])] {
			rb.imposedSides(e, in, span)
			continue
		}
		if !verbalVerbsIx.of(d.Tokens[v]) {
			continue
		}
		subj := verbalSubjectAt(d, v)
		if subj < 1 {
			continue
		}
		verb := low(d.Tokens[v])
		starts := subjectList(d, subj, func(k int) int {
			for _, x := range in {
				if x.tokEnd == k && !x.coref && rb.participant(x) && verbalSideType(verb, rb.ex.Entities[x.ent].Type) {
					return x.tokStart
				}
			}
			return -1
		})
		at := -1
		if verb == "negotiating" {
			if w := verbalWith(d, v); w > 0 {
				at = meetSideStart(d, w-1) // the side after "with", as "met with Y"
			}
		}
		sides := newSideList(at)
		for _, x := range in {
			if x.coref || x.ent == e.ent || !rb.participant(x) {
				continue
			}
			if slices.Contains(starts, x.tokStart) && x.tokEnd <= subj && !prepositionObject(d, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
				continue
			}
			if sides.takes(rb, x) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// sessionSide links the one body whose session a "meet" verb states
// (bodyMeetings, events_verbal_meet.go): "The Y Committee will meet
// Friday", "the Y Association, which is meeting in Dallas".
func (rb *relBuilder) sessionSide(e placed, in []placed, span graph.Span) {
	d := rb.d
	subj := sessionSubjectAt(d, e.tokStart)
	if subj < 1 {
		return
	}
	starts := subjectList(d, subj, rb.participantEnding(in))
	if len(starts) != 1 {
		return
	}
	for _, x := range in {
		if !x.coref && x.ent != e.ent && x.tokStart == starts[0] && rb.ex.Entities[x.ent].Type == graph.Organization {
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
		}
	}
}

// imposedSides links the parties of a trade measure an imposing verb
// states (imposedEvents, events_verbal_imposed.go): each name of the
// subject list before the verb ("Reagan imposed") and the first party
// named after "on" or "against" the measure ("on Japanese goods": Japan).
func (rb *relBuilder) imposedSides(e placed, in []placed, span graph.Span) {
	d := rb.d
	v := imposedVerbBefore(d, e.tokStart)
	if v < 0 {
		return
	}
	subj := imposedSubjectAt(d, v)
	starts := subjectList(d, subj, rb.participantEnding(in))
	target := -1
	for _, x := range in {
		if !x.coref && x.ent != e.ent && rb.participant(x) && imposedTargetAt(d, e.tokStart, x.tokStart) && (target < 0 || x.tokStart < target) {
			target = x.tokStart
		}
	}
	for _, x := range in {
		if x.coref || x.ent == e.ent || !rb.participant(x) {
			continue
		}
		if slices.Contains(starts, x.tokStart) && x.tokEnd <= subj && !prepositionObject(d, x.tokStart) || x.tokStart == target {
			rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
		}
	}
}
