package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// speechActEvents finds the events of speechActs (events_speech_acts.go)
// that name a participant: a subject named (or "he", "she") where the
// act wants it, or a name or pronoun at one of its other participants'
// tokens.
func speechActEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	nameAt := func(k int) int {
		if m := mentionAt(selected, k); m != nil && sideType(m.Type) {
			return m.TokEnd
		}
		return -1
	}
	for _, s := range d.Sentences {
		for _, a := range speechActs(d, s, nameAt) {
			if actNamesSide(d, selected, a, nameAt) {
				out = append(out, descEventOver(d, a.s, a.e))
			}
		}
	}
	return out
}

// actNamesSide reports whether act a names one participant.
func actNamesSide(d *Document, selected []Mention, a speechAct, nameAt func(k int) int) bool {
	for _, o := range a.objs {
		if nameAt(o) > 0 || subjectPronouns[low(d.Tokens[o])] {
			return true
		}
	}
	if a.owner > 0 && (speakerPronouns[low(d.Tokens[a.owner])] || mentionEndingAt(selected, a.owner) != nil) {
		return true // "his interview", "X's interview"
	}
	if a.subj < 1 {
		return false
	}
	if subjectPronouns[low(d.Tokens[a.subj-1])] && d.Tokens[a.subj].Text != "," {
		return true
	}
	for _, m := range selected {
		if sideType(m.Type) && (m.TokEnd == a.subj || d.Tokens[a.subj].Text != "," && appositionEnd(d, m.TokEnd, a.subj) == a.subj) {
			return true
		}
	}
	return false
}

// speechActSides links the participants of the acts of sentence si to
// their events: the subject (speakerBefore: right before the verb or an
// apposition that ends there; a pronoun resolved by coref right before
// it) and each name or pronoun at an act's other participant tokens.
func (rb *relBuilder) speechActSides(si int, span graph.Span, in []placed) {
	d := rb.d
	if !slices.ContainsFunc(in, rb.eventNamed) {
		return
	}
	nameAt := func(k int) int {
		for _, x := range in {
			if !x.coref && x.tokStart == k && rb.participant(x) {
				return x.tokEnd
			}
		}
		return -1
	}
	for _, a := range speechActs(d, d.Sentences[si], nameAt) {
		for _, e := range in {
			if !rb.eventNamed(e) || e.tokStart != a.s || e.tokEnd != a.e {
				continue
			}
			for xi, x := range in {
				if !rb.participant(x) || !rb.actSide(in, xi, a) {
					continue
				}
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}

// actSide reports whether in[xi] is a participant of act a.
func (rb *relBuilder) actSide(in []placed, xi int, a speechAct) bool {
	d := rb.d
	x := in[xi]
	pron := x.coref && x.tokEnd == x.tokStart+1 && subjectPronouns[low(d.Tokens[x.tokStart])]
	if slices.Contains(a.objs, x.tokStart) && (!x.coref || pron) {
		return true
	}
	if a.subj < 1 || x.tokEnd > a.subj {
		return false
	}
	if pron {
		return x.tokEnd == a.subj && d.Tokens[a.subj].Text != ","
	}
	return !x.coref && rb.speakerBefore(in, xi, a.subj)
}
