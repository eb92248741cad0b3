package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/graph"
)

// Speakers at a gathering, read from the parse: a speaker takes part in
// the meeting, conference, hearing or dinner the speech is made at
// (GUIDE.md: a speaker at a meeting counts, someone who comments on it does
// not). With X the speaker and E the gathering:
//
//	X told E; X addressed E; X briefed E       E the object of the verb
//	X was about to address E                   through "about to", "due to",
//	X is expected to present ... at E          "expected to", "intends to"
//	X intended to raise the issue at E
//	X told reporters at E; X said at E         E in an "at" phrase of a
//	X made a speech at E; X gave an address    verb of speaking (or of
//	at E                                       making a speech)
//	X, speaking to Y at E, said                the participle's noun or
//	Speaking to Y at E, X said                 its clause's subject
//
// The cue rules (relations_events_at.go) read the same where the words
// stand next to each other; the parse reaches the subject across a
// raising verb, an object or an audience. A statement "after" or
// "following" E is no speech at it, and nothing is read through a
// negation, a doubt or a wish (doubted, wishWords).

// speakAtVerbs are the lemmas of verbs whose subject speaks at the
// gathering of their "at" phrase.
var speakAtVerbs = map[string]bool{"say": true, "tell": true, "speak": true, "present": true, "address": true,
	"announce": true, "unveil": true, "outline": true, "declare": true, "propose": true, "raise": true,
	"warn": true, "insist": true, "argue": true, "stress": true, "add": true, "testify": true}

// speakObjectVerbs take the gathering spoken to as their object: "X told
// the meeting", "X addressed the conference", "X briefed the summit".
var speakObjectVerbs = map[string]bool{"tell": true, "address": true, "brief": true}

// speakerRaisers pass their subject to the verb they complete (xcomp):
// "X is about to address E", "X is due to address E", "X intends to
// present ... at E". raisingVerbs (relations_parse_clause.go) are taken
// too.
var speakerRaisers = map[string]bool{"about": true, "due": true, "likely": true, "set": true, "ready": true,
	"intend": true, "expect": true, "plan": true, "schedule": true}

// spokenGathering reports whether event m is one a speech may be made at
// or to: a gathering (isGathering), an occasion (isAddressedGathering) or
// a hearing.
func spokenGathering(d *Document, m placed) bool {
	if isGathering(d, m) || isAddressedGathering(d, m) {
		return true
	}
	l := low(d.Tokens[m.tokEnd-1])
	return l == "hearing" || l == "hearings"
}

// parseSpeakers links the speakers at the gatherings of a parsed sentence
// (see above).
func (rb *relBuilder) parseSpeakers(ps *parsedSentence) {
	tr := ps.tr
	for ei, e := range ps.in {
		h := ps.head[ei]
		if h < 0 || rb.ex.Entities[e.ent].Type != graph.Event || e.tokEnd <= e.tokStart || !spokenGathering(rb.d, e) {
			continue
		}
		r, adp := rel(tr, h), caseOf(tr, h)
		v := tr.Tokens[h].Head
		if v >= 0 && r == "nmod" && adp == "at" && audienceOf(tr, v) {
			// "told reporters at E" with "at E" read as the audience's.
			r, v = "obl", tr.Tokens[v].Head
		}
		if v < 0 || tr.Tokens[v].UPOS != "VERB" {
			continue
		}
		l := lemmaOf(tr, v)
		switch {
		case (r == "obj" || r == "iobj") && speakObjectVerbs[l]:
		case r == "obl" && adp == "at" && (speakAtVerbs[l] || speechVerb(tr, v) || atGatheringVerb(tr, v)): // relations_evpart_atgathering.go
		default:
			continue
		}
		for _, xi := range rb.speakersOf(ps, v, ei) {
			rb.addWithConjuncts(ps, xi, e.ent)
		}
	}
}

// audienceOf reports whether token j is the object or the "to" phrase of
// a verb of speaking, whose audience it is: "reporters" in "told
// reporters at E", "executives" in "speaking to executives at E".
func audienceOf(tr *syntax.Tree, j int) bool {
	v := tr.Tokens[j].Head
	if v < 0 || tr.Tokens[v].UPOS != "VERB" || !speakAtVerbs[lemmaOf(tr, v)] {
		return false
	}
	switch rel(tr, j) {
	case "obj", "iobj":
		return true
	case "obl":
		return caseOf(tr, j) == "to"
	}
	return false
}

// speechVerb reports whether verb v makes or gives a speech (speechNouns):
// "made a speech", "gave a presentation", "delivered an address".
func speechVerb(tr *syntax.Tree, v int) bool {
	switch lemmaOf(tr, v) {
	case "make", "give", "deliver":
	default:
		return false
	}
	for _, c := range tr.Children(v) {
		if rel(tr, c) == "obj" && (speechNouns[strings.ToLower(tr.Tokens[c].Form)] || speechNouns[lemmaOf(tr, c)]) { // relations_parse_clause.go
			return true
		}
	}
	return false
}

// speakersOf returns the mentions that are the subject of speech verb v:
// its own subject, the subject of the verb or adjective it completes
// (speakerRaisers, raisingVerbs) or is coordinated with, the noun a
// participle qualifies ("X, speaking to Y at E,") or the subject of the
// clause a participle opens ("Speaking to Y at E, X said").
func (rb *relBuilder) speakersOf(ps *parsedSentence, v, ei int) []int {
	tr := ps.tr
	w := v
	for n := 0; n < 4; n++ {
		if doubted(tr, w) || wishWords[strings.ToLower(tr.Tokens[w].Form)] {
			return nil
		}
		var out []int
		for _, c := range tr.Children(w) {
			if rel(tr, c) == "nsubj" && tr.Tokens[c].Deprel != "nsubj:pass" || tr.Tokens[c].Deprel == "nsubj:pass" && lemmaOf(tr, w) == "expect" {
				out = rb.appendMention(out, ps, c, ei)
			}
		}
		if hasChild(tr, w, "nsubj", nil) {
			return out
		}
		h := tr.Tokens[w].Head
		if h < 0 {
			return nil
		}
		switch rel(tr, w) {
		case "xcomp":
			if !speakerRaisers[lemmaOf(tr, h)] && !raisingVerbs[lemmaOf(tr, h)] {
				return nil
			}
			for _, o := range tr.Children(h) {
				if rel(tr, o) == "obj" {
					// "Y expects X to cut output at E": the object does it.
					return rb.appendMention(nil, ps, o, ei)
				}
			}
			w = h
		case "conj":
			if tr.Tokens[h].UPOS != "VERB" {
				return nil
			}
			w = h
		case "acl":
			// "X, speaking to Y at E, said": the participle qualifies X;
			// "Y expects X to cut output at E" read as X's infinitive.
			if tr.Tokens[w].XPOS != "VBG" && !raisedObject(tr, w, h) { // relations_evpart_atgathering.go
				return nil
			}
			return rb.appendMention(nil, ps, h, ei)
		case "advcl":
			// "Speaking to Y at E, X said": the clause's subject.
			if tr.Tokens[w].XPOS != "VBG" || hasChild(tr, w, "mark", nil) {
				return nil
			}
			w = h
		default:
			return nil
		}
	}
	return nil
}

// speakerGate reports whether sentence si, with mentions in, has a named
// gathering (spokenGathering) right after "at" or a verb of
// speakObjectVerbs, a determiner or possessor between: only then can
// parseSpeakers add to it, and only then does it ask for the parse.
func (rb *relBuilder) speakerGate(si int, in []placed) bool {
	d := rb.d
	s := d.Sentences[si]
	for _, m := range in {
		if m.coref || m.tokEnd <= m.tokStart || rb.ex.Entities[m.ent].Type != graph.Event || !spokenGathering(d, m) {
			continue
		}
		for k := m.tokStart - 1; k >= s.TokStart && k >= m.tokStart-4; k-- {
			switch l := low(d.Tokens[k]); {
			case l == "at" || speakObjectForms[l]:
				return true
			case l == "the" || l == "a" || l == "an" || isPossessive(d.Tokens[k]) || d.Tokens[k].Cap() || gatheringLeadWords[l]:
				continue // "at the", "told a House committee hearing", "at tomorrow's"
			}
			break
		}
	}
	return false
}

// speakObjectForms are the forms of speakObjectVerbs.
var speakObjectForms = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "address": true,
	"addressed": true, "addresses": true, "addressing": true, "brief": true, "briefed": true, "briefs": true, "briefing": true}
