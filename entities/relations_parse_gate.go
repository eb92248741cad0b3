package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// parseCanAdd reports whether some parse pattern (relations_parse*.go)
// could add to sentence si, with mentions in, whatever its parse: each
// pattern needs mentions of certain types and words of certain lemmas
// (a role noun, a body preposition, a lead or action verb, "by"), and
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
	if !person && !event && !pair {
		return false
	}
	var roleNoun, bodyPrep, leadVerb, action bool
	var lemmas []string
	toks, _ := treeTokens(rb.d, si, nil)
	for _, t := range toks {
		lemmas = p.AppendLemmas(lemmas[:0], t.Form)
		for _, l := range lemmas {
			_, lead := leadVerbs[l]
			roleNoun = roleNoun || isRoleNoun(l)
			bodyPrep = bodyPrep || bodyPrepositions[l]
			leadVerb = leadVerb || lead
			action = action || l == "by" || actionWords[l] || byActions[l]
		}
	}
	switch {
	case person && holder && roleNoun: // parseRoles, parseRoleLinks
	case person && orgParty && bodyPrep: // parseAffiliations
	case person && orgParty && leadVerb: // parseLeads
	case event && participant && action: // parseEvents
	default:
		// distribute alone: a typed relation of the cue rules in the
		// sentence and two mentions of one type.
		return pair && rb.typedInSentence(si)
	}
	return true
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
