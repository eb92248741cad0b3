package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// parseCanAdd reports whether some parse pattern (relations_parse*.go)
// could add to sentence si, with mentions in, whatever its parse: each
// pattern needs mentions of certain types and words of certain lemmas
// (a role noun, a body preposition, a lead or action verb, a verb that
// makes or backs an agreement, "by"), and
// where none has what it needs the sentence is not parsed. The lemmas
// are those a word may have under any tag (syntax.Parser.AppendLemmas),
// so the answer depends on no guess of the tagger's: it says no only
// where the parse could not matter. Without a lazy parser (rb.parser
// nil: the trees, if any, are made) every sentence counts as one.
func (rb *relBuilder) parseCanAdd(si int, in []placed) bool {
	p := rb.parser
	if p == nil || !parseGate {
		return true
	}
	var person, holder, orgParty, event, participant, pair bool
	for i, m := range in {
		if m.tokEnd <= m.tokStart {
			continue // no head on the tree
		}
		t := rb.ex.Entities[m.ent].Type
		switch t {
		case graph.Person:
			person = true
		case graph.Organization, graph.Party:
			orgParty = true
		case graph.Event:
			event = true
		}
		holder = holder || roleHolderType(t)
		participant = participant || rb.participant(m)
		for _, o := range in[:i] {
			if o.ent != m.ent && o.tokEnd > o.tokStart && conjunctKind(rb.ex.Entities[o.ent].Type) == conjunctKind(t) {
				pair = true // two of one type: a list distribute may read
			}
		}
	}
	if participant && rb.attendeeList(si) {
		return true // relations_parse_attendees.go
	}
	if !person && !event && !pair {
		return false
	}
	// A pattern needs words only when its mentions are there.
	var w parseWords
	needs := func() bool {
		return person && holder && w.roleNoun || // parseRoles, parseRoleLinks
			person && orgParty && (w.bodyPrep || w.leadVerb) || // parseAffiliations, parseLeads
			event && participant && w.action // parseEvents
	}
	// Plain words first, as they stand (most sentences have what a
	// pattern needs there); then every lemma of every word as the parser
	// splits and may tag them.
	s := rb.d.Sentences[si]
	for k := s.TokStart; k < s.TokEnd; k++ {
		t := rb.d.Tokens[k]
		if l := low(t); plainWord(t.Text, l) {
			if w.add(l); needs() {
				return true
			}
		}
	}
	var lemmas []string
	for _, t := range rb.split(si) {
		lemmas = p.AppendLemmas(lemmas[:0], t.Form)
		for _, l := range lemmas {
			w.add(l)
		}
	}
	// Or distribute alone: a typed relation of the cue rules in the
	// sentence and two mentions of one type.
	return needs() || pair && rb.typedInSentence(si) || event && participant && (rb.frontedOpening(si) || rb.speakerGate(si, in)) // relations_evpart_speaker.go
}

// parseWords records the words parse patterns need that a sentence has.
type parseWords struct{ roleNoun, bodyPrep, leadVerb, action bool }

// add records lemma l.
func (w *parseWords) add(l string) {
	_, lead := leadVerbs[l]
	w.roleNoun = w.roleNoun || isRoleNoun(l)
	w.bodyPrep = w.bodyPrep || bodyPrepositions[l]
	w.leadVerb = w.leadVerb || lead
	w.action = w.action || l == "by" || actionWords[l] || byActions[l] || agreementActs[l] || agreementBackers[l] || pactActs[l] || suitActs[l] ||
		declarationVerbs[l] || // events_declarations.go
		clauseGateWord(l) // relations_parse_clause.go
}

// plainWord reports whether s (lower is its lower case) is ASCII letters
// that the parser takes as one word ("cannot" it splits): lower is then
// one of its lemmas (syntax.Parser.AppendLemmas).
func plainWord(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	switch lower {
	case "cannot", "gonna", "wanna", "gotta":
		return false
	}
	return len(s) > 0
}

// parseGate turns parseCanAdd on (tests turn it off to show that it
// changes no relation).
var parseGate = true

// conjunctKind is the type conjunctsOf compares: a country and a place
// count as one type.
func conjunctKind(t graph.Type) graph.Type {
	if t == graph.Place {
		return graph.Country
	}
	return t
}
