package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// More conflict events (see events_conflict.go), read from the head:
//
//	the attack on Y, carried out by X      the strike, called by X
//	the war in X                           a civil war in X
//	X military action, X air strikes       the latest U.S. military action
//
// An event whose agent a participle names after it, past the event's
// target ("on Y") and a comma, is one occurrence as an event a wording
// introduces is (conflictByAt). "The war in X" names the country it is
// fought in, a party to it (the annotation guide's "war in Iraq";
// conflictWarAt). A country right before "military" or "air" and a head
// of military action names the one who acts, which the adjacency rule of
// relations_events.go links (conflictMilitaryAt); wished or denied action
// ("any U.S. military action", "no air strikes") is none.

// conflictCueAt runs the conflict event rules at token k: the wordings of
// events_conflict.go, then the rules read from a head.
func conflictCueAt(d *Document, selected []Mention, k int) (Mention, bool) {
	if m, ok := conflictAt(d, selected, k); ok {
		return m, true
	}
	if m, ok := conflictByAt(d, selected, k); ok {
		return m, true
	}
	if m, ok := conflictWarAt(d, selected, k); ok {
		return m, true
	}
	if m, ok := conflictMilitaryAt(d, selected, k); ok {
		return m, true
	}
	return conflictCountryActAt(d, selected, k)
}

// conflictCueWords are the first words of the conflict rules.
func conflictCueWords() []string {
	var ws []string
	for _, s := range conflictWordingSets {
		for w := range s.words.firsts {
			ws = append(ws, w)
		}
	}
	for _, hs := range []map[string]bool{agentHeads, labourHeads, warHeads, countryActs} {
		for w := range hs {
			ws = append(ws, w)
		}
	}
	return append(ws, "military", "air")
}

// conflictByParticiples name an event's agent after "by" ("carried out
// by", "called by").
var conflictByParticiples = wordSet(nil, false, "carried", "claimed", "launched", "staged", "mounted", "organised", "organized",
	"called", "conducted", "perpetrated")

// conflictAgentBy returns the token "by" of a participle that names the
// agent of the event with head h: right after it, after a comma, or after
// its target or place ("the attack on the tanker, carried out by"), or -1.
func conflictAgentBy(d *Document, h int) int {
	k := h + 1
	if k < len(d.Tokens) && conflictTargetWords[low(d.Tokens[k])] {
		for k++; k < len(d.Tokens) && k-h <= 7 && d.Tokens[k].Text != "," && !d.Tokens[k].Break; k++ {
			if !d.Tokens[k].Word() || conflictByParticiples[low(d.Tokens[k])] {
				break
			}
		}
	}
	if k < len(d.Tokens) && d.Tokens[k].Text == "," {
		k++
	}
	if k+1 >= len(d.Tokens) || !conflictByParticiples[low(d.Tokens[k])] || d.Tokens[k].Break {
		return -1
	}
	k++
	if low(d.Tokens[k]) == "out" {
		k++
	}
	if k >= len(d.Tokens) || low(d.Tokens[k]) != "by" {
		return -1
	}
	return k
}

// conflictTargetWords open an event's target or place.
var conflictTargetWords = wordSet(nil, false, "on", "against", "in", "at", "near")

// conflictByAt returns the event with head k whose agent a participle
// names after it (conflictAgentBy), and whether there is one.
func conflictByAt(d *Document, selected []Mention, k int) (Mention, bool) {
	t := d.Tokens[k]
	if t.Cap() || t.Break || !agentHeads[low(t)] && !labourHeads[low(t)] {
		return Mention{}, false
	}
	by := conflictAgentBy(d, k)
	if by < 0 || by+1 >= len(d.Tokens) {
		return Mention{}, false
	}
	a := by + 1
	if low(d.Tokens[a]) == "the" {
		a++
	}
	if m := mentionAt(selected, a); m == nil || !sideType(m.Type) {
		return Mention{}, false
	}
	s := conflictNameStart(d, k)
	if s < 0 || repeatedHead(d, s, k) {
		return Mention{}, false
	}
	return descEventOver(d, s, k+1), true
}

// conflictNameStart returns the first token of the name of the event
// with head h: its lower-case modifiers (at most two) after a determiner
// and the words that colour it, or -1 without a determiner.
func conflictNameStart(d *Document, h int) int {
	s := h
	for s > 0 && h-s < 2 && actedModifier(d.Tokens[s-1]) && !conflictColour(d.Tokens[s-1]) && !d.Tokens[s].Break {
		s--
	}
	b := s
	for b > 0 && conflictColour(d.Tokens[b-1]) && !d.Tokens[b].Break {
		b--
	}
	if b == 0 || !conflictDeterminers[low(d.Tokens[b-1])] || phraseUnreal(d, b) {
		return -1
	}
	return s
}

// warHeads are the conflicts a country is a party to when they are fought
// in it.
var warHeads = wordSet(nil, false, "war", "fighting", "conflict")

// conflictWarAt returns "the war in X" over the head at token k and a
// country X, and whether there is one.
func conflictWarAt(d *Document, selected []Mention, k int) (Mention, bool) {
	t := d.Tokens[k]
	if t.Cap() || !warHeads[low(t)] || k+2 >= len(d.Tokens) || low(d.Tokens[k+1]) != "in" {
		return Mention{}, false
	}
	m := mentionAt(selected, k+2)
	if m == nil || m.Type != graph.Country || !conflictPhraseEnds(d, m.TokEnd) || m.TokEnd < len(d.Tokens) && isPossessive(d.Tokens[m.TokEnd]) {
		return Mention{}, false
	}
	s := conflictNameStart(d, k)
	if s < 0 || s < k && low(d.Tokens[s]) != "civil" {
		return Mention{}, false
	}
	return descEventOver(d, s, m.TokEnd), true
}

// militaryHeads are the actions "military" or "air" names.
var militaryHeads = map[string]map[string]bool{
	"military": wordSet(nil, false, "action", "actions", "operation", "operations", "strike", "strikes", "intervention",
		"offensive", "attack", "attacks", "raid", "raids", "campaign"),
	"air": wordSet(nil, false, "strike", "strikes", "raid", "raids", "attack", "attacks", "campaign"),
}

// conflictMilitaryAt returns the military action of a country named right
// before "military" or "air" at token k ("U.S. military action"), and
// whether there is one.
func conflictMilitaryAt(d *Document, selected []Mention, k int) (Mention, bool) {
	heads := militaryHeads[low(d.Tokens[k])]
	// The wire capitalises a word after "U.S.": "the latest U.S.
	// Military action".
	if heads == nil || k == 0 || d.Tokens[k].Cap() && !strings.HasSuffix(d.Tokens[k-1].Text, ".") || k+1 >= len(d.Tokens) || !heads[low(d.Tokens[k+1])] || d.Tokens[k+1].Break {
		return Mention{}, false
	}
	m := mentionEndingAt(selected, k)
	if m == nil || m.Type != graph.Country || !conflictPhraseEnds(d, k+2) || phraseUnreal(d, m.TokStart) || modalWished(d, m.TokStart) {
		return Mention{}, false
	}
	return descEventOver(d, k, k+2), true
}

// countryActs are the military actions a country's name or demonym
// right before them makes the country's: "an Iranian offensive", "the
// fresh Iranian assault" (attacks and raids are phraseEvents' own:
// nominalFrames).
var countryActs = wordSet(nil, false, "offensive", "counter-offensive", "assault", "bombing", "incursion", "shelling")

// conflictCountryActAt returns the military action with head k that a
// country named right before it carries out, after a determiner or a
// word that colours it, and whether there is one: "an Iranian
// offensive", not "any Iranian assault" or "Iranian bombing".
func conflictCountryActAt(d *Document, selected []Mention, k int) (Mention, bool) {
	t := d.Tokens[k]
	if t.Cap() || t.Break || !countryActs[low(t)] || !conflictPhraseEnds(d, k+1) {
		return Mention{}, false
	}
	m := mentionEndingAt(selected, k)
	if m == nil || m.Type != graph.Country || m.TokStart == 0 {
		return Mention{}, false
	}
	if b := d.Tokens[m.TokStart-1]; !conflictDeterminers[low(b)] && !conflictColour(b) || phraseUnreal(d, m.TokStart) || modalWished(d, m.TokStart) {
		return Mention{}, false
	}
	return descEventOver(d, k, k+1), true
}
