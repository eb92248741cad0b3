package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Conflict, security and disaster events that a predicate puts a named
// participant in, though the event itself has no name:
//
//	X was killed in the crash         X died in a bomb blast
//	X claimed responsibility for the bombing
//	X carried out the attack          X launched air strikes on Y
//	X went on strike                  X has been on hunger strike
//	X called a strike                 X staged a protest
//	the attack on Y, carried out by X
//
// A bare "the attack" is one of many; the predicate and its named subject
// (or agent after "by") make it one occurrence of the article, so the
// event is a description (descEventOver): its lower-case modifiers and
// its head ("air strikes", "car crash", "hunger strike"), the words that
// only grade or colour it ("deadly", "latest") left out, so that it is
// named by the words a reader names it by again. conflictAt makes the
// event only when a person, organization, country or party (a person for
// a victim) ends right before the wording, auxiliaries aside; the
// relation stage links the same subject (conflictSides,
// relations_events_conflict.go). An event only wished, threatened or
// denied ("threatened to carry out attacks", "did not claim
// responsibility for the blast") is none.

// Heads of the events of each wording kind.
var (
	// victimHeads are the events one is killed, hurt or dies in.
	victimHeads = wordSet(nil, false, "attack", "attacks", "bombing", "bombings", "blast", "explosion", "crash", "accident",
		"shooting", "raid", "clash", "clashes", "fighting", "riot", "riots", "fire", "war", "earthquake", "ambush",
		"massacre", "shelling", "collision", "derailment", "floods", "tsunami", "hurricane", "incident", "strike", "strikes")
	// agentHeads are the attacks and crimes one carries out or claims.
	agentHeads = wordSet(nil, false, "attack", "attacks", "bombing", "bombings", "blast", "explosion", "killing", "killings",
		"murder", "murders", "assassination", "kidnapping", "hijacking", "raid", "raids", "shooting", "ambush",
		"massacre", "strike", "strikes", "offensive", "invasion")
	// labourHeads are the actions of workers and protesters.
	labourHeads = wordSet(nil, false, "strike", "strikes", "walkout", "stoppage", "protest", "protests", "demonstration",
		"demonstrations", "sit-in", "boycott", "march")
	// launchHeads are the events launched, mounted, staged or conducted
	// (not "operations", which a company launches as often).
	launchHeads = wordSet(nil, false, "attack", "attacks", "bombing", "raid", "raids", "strikes", "offensive", "invasion",
		"ambush", "assault", "strike", "walkout", "stoppage", "protest", "protests",
		"demonstration", "demonstrations", "sit-in", "boycott", "march")
	// figureHeads are launched as a figure of speech by a person or
	// party ("X launched an attack on the plans").
	figureHeads = wordSet(nil, false, "attack", "attacks", "assault", "offensive")
	// bareHeads may stand without a determiner: plurals and mass nouns
	// ("launched air strikes", "killed in fighting", "went on strike").
	bareHeads = wordSet(nil, false, "attacks", "bombings", "raids", "strikes", "clashes", "fighting", "riots", "protests",
		"demonstrations", "killings", "shelling", "floods", "strike")
)

// conflictKind is what a wording says of its subject.
type conflictKind uint8

const (
	conflictVictim   conflictKind = iota + 1 // X was killed in E
	conflictAgent                            // X carried out E, X claimed responsibility for E
	conflictLaunch                           // X launched E
	conflictOnStrike                         // X went on strike
	conflictCall                             // X called a strike
)

// conflictWordingSets are the wordings of each kind, with the heads
// they take.
var conflictWordingSets = []struct {
	kind  conflictKind
	words wordings
	heads map[string]bool
}{
	{conflictVictim, newWordings([][]string{{"killed", "in"}, {"killed", "during"}, {"died", "in"}, {"died", "during"},
		{"injured", "in"}, {"injured", "during"}, {"wounded", "in"}, {"wounded", "during"}, {"hurt", "in"}}), victimHeads},
	{conflictAgent, newWordings([][]string{{"claimed", "responsibility", "for"}, {"claims", "responsibility", "for"},
		{"claiming", "responsibility", "for"}, {"admitted", "responsibility", "for"}, {"carried", "out"},
		{"carries", "out"}, {"carry", "out"}, {"perpetrated"}}), agentHeads},
	{conflictLaunch, newWordings([][]string{{"launched"}, {"launches"}, {"mounted"}, {"staged"}, {"stages"},
		{"conducted"}}), launchHeads},
	{conflictOnStrike, newWordings([][]string{{"went", "on"}, {"go", "on"}, {"goes", "on"}, {"gone", "on"},
		{"going", "on"}, {"been", "on"}, {"is", "on"}, {"are", "on"}, {"was", "on"}, {"were", "on"}, {"remain", "on"},
		{"remained", "on"}, {"remains", "on"}, {"stayed", "on"}}), wordSet(nil, false, "strike")},
	{conflictCall, newWordings([][]string{{"called", "off"}, {"called"}, {"organised"}, {"organized"}}), labourHeads},
}

// conflictWordingAt returns the length and kind of the conflict wording
// at token k, or 0, 0.
func conflictWordingAt(d *Document, k int) (int, conflictKind) {
	for _, s := range conflictWordingSets {
		if n := s.words.at(d, k, false); n > 0 {
			return n, s.kind
		}
	}
	return 0, 0
}

// conflictHeadsOf returns the heads a wording kind takes.
func conflictHeadsOf(c conflictKind) map[string]bool {
	for _, s := range conflictWordingSets {
		if s.kind == c {
			return s.heads
		}
	}
	return nil
}

// conflictLeads may stand between a subject and its wording.
var conflictLeads = wordSet(nil, false, "has", "have", "had", "been", "was", "were", "is", "are", "being", "also", "reportedly",
	"allegedly", "later", "today", "yesterday", "then", "all", "both", "who", "will", "would", "to")

// conflictSubjectEnd returns the token after the subject of the wording
// at token w: auxiliaries aside, and a relative "who" after a comma ("X,
// who was killed in E"), or -1 when a comma or nothing stands there.
func conflictSubjectEnd(d *Document, w int) int {
	j := w
	for j > 0 && conflictLeads[low(d.Tokens[j-1])] && !d.Tokens[j-1].Break {
		if low(d.Tokens[j-1]) == "who" {
			if j < 2 || d.Tokens[j-2].Text != "," {
				return -1
			}
			j--
		}
		j--
	}
	if j >= 3 && d.Tokens[j-1].Text == "," && isNumber(d.Tokens[j-2].Text) && d.Tokens[j-3].Text == "," {
		j -= 3 // "X, 46, was killed"
	}
	if j > 0 && d.Tokens[j-1].Text == "," {
		return -1
	}
	return j
}

// conflictAt returns the event of the conflict wording at token k (see
// above), and whether there is one.
func conflictAt(d *Document, selected []Mention, k int) (Mention, bool) {
	n, kind := conflictWordingAt(d, k)
	if n == 0 || phraseUnreal(d, k) || modalWished(d, k) {
		return Mention{}, false
	}
	s, h := conflictObject(d, k+n, conflictHeadsOf(kind), kind == conflictOnStrike)
	if h < 0 {
		return Mention{}, false
	}
	e := conflictSubjectEnd(d, k)
	if e <= 0 {
		return Mention{}, false
	}
	m := mentionEndingAt(selected, e)
	if m == nil || !conflictSubjectType(kind, m.Type, low(d.Tokens[h])) || conflictOblique(d, m.TokStart) || repeatedHead(d, s, h) {
		return Mention{}, false
	}
	return descEventOver(d, s, h+1), true
}

// conflictOblique reports whether a preposition stands before the name
// starting at token s, past at most three lower-case words: the name is
// not the subject but qualifies it ("miners employed by the state
// company X went on strike", "workers at X went on strike"); "members of
// X" are X's.
func conflictOblique(d *Document, s int) bool {
	for k := s - 1; k >= 0 && s-k <= 4; k-- {
		t := d.Tokens[k]
		l := low(t)
		if conflictObliques[l] {
			return true
		}
		if t.Break || !t.Word() || t.Cap() && l != "the" || reportingVerbs[l] || clauseLinks[l] {
			return false
		}
	}
	return false
}

// conflictObliques are the prepositions of conflictOblique.
var conflictObliques = wordSet(nil, false, "by", "at", "for", "from", "with", "under", "against", "to")

// repeatedHead reports whether the event's name over [s, h] is "the"
// and a bare head that the article used before, or a head of its family
// (events_anaphora.go): "the strike" is then the strike named earlier,
// "the blast" the bombing, which coreference finds, not a new event.
func repeatedHead(d *Document, s, h int) bool {
	if s != h || s == 0 || low(d.Tokens[s-1]) != "the" {
		return false
	}
	w := strings.TrimSuffix(low(d.Tokens[h]), "s")
	fam := eventFamilyOf(low(d.Tokens[h]))
	for k := 0; k < s; k++ {
		if l := low(d.Tokens[k]); strings.TrimSuffix(l, "s") == w || fam != "" && eventFamilyOf(l) == fam {
			return true
		}
	}
	return false
}

// conflictSubjectType reports whether a name of type t may be the subject
// of a wording of kind c before an event with head h: a victim is a
// person; an attack launched by a person or party is a figure of speech;
// a strike or protest is no country's.
func conflictSubjectType(c conflictKind, t graph.Type, h string) bool {
	switch {
	case c == conflictVictim:
		return t == graph.Person
	case c == conflictLaunch && figureHeads[h]:
		return t == graph.Country || t == graph.Organization
	case c == conflictOnStrike || c == conflictCall || labourHeads[h] && !agentHeads[h]:
		// Workers strike and protest, not a country (often a name
		// cut from a longer one: "America" of "Writers Guild of
		// America").
		return t == graph.Person || t == graph.Organization || t == graph.Party
	}
	return sideType(t)
}

// modalWished reports whether "to" after a wish or threat, or a
// question's modal, stands right before token k: "threatened to launch
// strikes" (phraseUnreal reads four words; this reads the verb before
// "to" further off: "vowed yesterday to carry out attacks").
func modalWished(d *Document, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		l := low(d.Tokens[j])
		if l == "to" && j > 0 && (phraseWishes[low(d.Tokens[j-1])] || conflictThreats[low(d.Tokens[j-1])]) {
			return true
		}
		if d.Tokens[j].Break || !d.Tokens[j].Word() {
			break
		}
	}
	return false
}

// conflictThreats are verbs of a threat or plan before "to": the event
// has not happened.
var conflictThreats = wordSet(nil, false, "vowed", "vows", "vow", "threatened", "threatens", "threaten", "planned", "plans", "plan",
	"planning", "intends", "intended", "pledged", "warned", "refused", "declined", "wants", "wanted")

// conflictObject reads the event after a wording at token k: a
// determiner (none before a plural or mass head, or when det says the
// wording takes none: "went on strike"), grading and colouring words, at
// most two lower-case modifiers and a head of heads that ends the noun
// phrase. It returns the first token of the event's name (the modifiers)
// and its head, or -1, -1.
func conflictObject(d *Document, k int, heads map[string]bool, bare bool) (int, int) {
	det := k < len(d.Tokens) && conflictDeterminers[low(d.Tokens[k])]
	if det {
		k++
	}
	for k < len(d.Tokens) && conflictColour(d.Tokens[k]) {
		k++
	}
	s := k
	for n := 0; n < 2 && k < len(d.Tokens) && !heads[low(d.Tokens[k])] && actedModifier(d.Tokens[k]); n++ {
		k++
	}
	if k >= len(d.Tokens) || !heads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break {
		return -1, -1
	}
	if !det && !bare && !bareHeads[low(d.Tokens[k])] || det && bare || !conflictPhraseEnds(d, k+1) {
		return -1, -1
	}
	return s, k
}

// conflictDeterminers open an event's noun phrase.
var conflictDeterminers = wordSet(nil, false, "the", "a", "an", "its", "their", "his", "her", "this", "that")

// conflictColour reports whether t only grades or colours an event
// ("deadly", "latest", "suicide") or counts it ("72 attacks"), a word
// left out of its name.
func conflictColour(t Token) bool {
	l := low(t)
	return !t.Cap() && (gradingWords[l] || eventModifiers[l] || conflictColours[l] || hasDigit(l) || numberWords[l])
}

// conflictColours colour a conflict event without saying what it is.
var conflictColours = wordSet(nil, false, "bloody", "failed", "apparent", "alleged", "horrific", "devastating", "massive",
	"huge", "violent", "fresh", "renewed", "earlier", "previous", "similar", "same", "latest", "weekend")

// conflictPhraseEnds reports whether the event's noun phrase ends before
// token k: as any side's phrase does, or before a preposition that opens
// its target or place ("strikes on Y", "the attack in Z").
func conflictPhraseEnds(d *Document, k int) bool {
	if sideEndsPhrase(d, k) {
		return true
	}
	switch low(d.Tokens[k]) {
	case "on", "in", "at", "near", "across", "over", "for", "last", "this", "which", "that":
		return true
	}
	return false
}
