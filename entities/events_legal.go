package entities

import "github.com/newsgraph/newsgraph/graph"

// Legal and oversight acts a sentence states by a verb alone. News names
// a fine, an investigation or a trial as often by its verb as by a noun:
//
//	Y was (each) fined 1m euros by X     → fine: Y and X
//	X fined Y $5m                        → fine: X and Y
//	Y is being investigated by X         → investigation: Y and X
//	X is investigating Y, X investigated Y → investigation: X and Y
//	X is suing Y                         → lawsuit: X and Y
//	Y is under (criminal) investigation (by X) → investigation: Y (and X)
//	Y was tried for fraud, Y is to be tried in May → trial: Y
//
// The annotation guide makes the one investigated, fined or tried and
// the one who investigates or fines take part in the act
// ("investigated"; the party to a case). The event is the verb's act,
// one occurrence of its article (descEventOver over the verb), named by
// the verb's nominal (legalVerbEventName: "fine", "investigation",
// "trial") so that a later "the investigation" or "the fine" is the same
// occurrence. The subject (or every name of a subject list: "X and Y
// were fined") must be a named party, or "he" or "she" for a passive,
// ending right before the verb's auxiliaries; an active verb's object
// must be a named party right after it. Only what happened or is set to
// happen counts: a negation ("was not fined"), or a modal of possibility
// ("could be fined up to $1m", the usual wording of a penalty a law
// allows) gives nothing. The relation stage links the parties
// (legalVerbSides, relations_events_legal.go).

// legalVerbNominals give the nominal of each legal verb form.
var legalVerbNominals = map[string]string{"fined": "fine", "investigated": "investigation",
	"investigating": "investigation", "tried": "trial", "suing": "lawsuit"}

// trialFollowers may follow a passive "tried": "tried for fraud", "tried
// in absentia", "tried alongside X"; other words make "tried" the verb
// of an attempt or a test.
var trialFollowers = map[string]bool{"for": true, "on": true, "in": true, "over": true, "at": true,
	"alongside": true, "with": true, "separately": true, "together": true, "jointly": true, "by": true,
	"and": true, "before": true}

// legalAdverbs may stand inside a passive chain: "were each fined",
// "was later tried", "is also being investigated".
var legalAdverbs = map[string]bool{"each": true, "both": true, "all": true, "also": true, "later": true,
	"subsequently": true, "already": true, "now": true, "still": true, "previously": true, "currently": true,
	"formally": true, "heavily": true, "separately": true, "jointly": true, "twice": true, "again": true}

// legalPassiveStart returns the first token of the passive auxiliaries
// before the legal verb at token v ("was", "were", "is", "are", "has
// been", "is being", "is to be", "due to be", "will be"; adverbs
// between: "were each fined"), or -1 when the verb is not passive or a
// modal of possibility opens the chain ("could be fined").
func legalPassiveStart(d *Document, v int) int {
	if l := low(d.Tokens[v]); l == "investigating" || l == "suing" {
		return -1 // "X is investigating Y", "X is suing Y" are active
	}
	a := v - 1
	for n := 0; n < 2 && a > 0 && legalAdverbs[low(d.Tokens[a])]; n++ {
		a--
	}
	if a < 1 {
		return -1
	}
	prev := low(d.Tokens[a-1])
	switch low(d.Tokens[a]) {
	case "was", "were", "is", "are":
		return a
	case "been":
		if prev == "has" || prev == "have" || prev == "had" {
			return a - 1
		}
	case "being":
		if passiveBe[prev] {
			return a - 1
		}
	case "be":
		switch {
		case prev == "will":
			return a - 1
		case prev == "to" && a >= 2 && (passiveBe[low(d.Tokens[a-2])] || low(d.Tokens[a-2]) == "due"):
			if a >= 3 && low(d.Tokens[a-2]) == "due" && passiveBe[low(d.Tokens[a-3])] {
				return a - 3 // "is due to be tried"
			}
			return a - 2 // "is to be tried"
		}
	}
	return -1
}

// legalActiveStart returns the token the subject of the active legal
// verb at token v ends before ("X fined Y", "X has fined Y", "X is
// investigating Y", "X has been investigating Y"), or -1.
func legalActiveStart(d *Document, v int) int {
	l := low(d.Tokens[v])
	a := v
	if l == "investigating" || l == "suing" {
		if a < 1 || !passiveBe[low(d.Tokens[a-1])] && low(d.Tokens[a-1]) != "been" {
			return -1 // "the committee investigating Y" names no act of Y's investigator here
		}
		a--
		if low(d.Tokens[a]) == "been" {
			if a < 1 || low(d.Tokens[a-1]) != "has" && low(d.Tokens[a-1]) != "have" && low(d.Tokens[a-1]) != "had" {
				return -1
			}
		}
		if low(d.Tokens[a]) == "being" {
			return -1
		}
	}
	if l == "tried" {
		return -1 // "X tried Y" is an attempt more often than a court's act
	}
	for a > 0 && (actorAuxiliaries[low(d.Tokens[a-1])] || low(d.Tokens[a-1]) == "been" || legalAdverbs[low(d.Tokens[a-1])]) {
		a--
	}
	return a
}

// legalVerbAt returns the event of the legal verb at token k (see
// above), and whether there is one.
func legalVerbAt(d *Document, selected []Mention, k int) (Mention, bool) {
	if l := low(d.Tokens[k]); l == "under" {
		return underInvestigationAt(d, selected, k)
	}
	if _, ok := legalVerbNominals[low(d.Tokens[k])]; !ok || d.Tokens[k].Cap() || talksNegated(d, k) {
		return Mention{}, false
	}
	if a := legalPassiveStart(d, k); a > 0 {
		if low(d.Tokens[k]) == "tried" && (k+1 >= len(d.Tokens) || !trialFollowers[low(d.Tokens[k+1])]) {
			return Mention{}, false
		}
		if legalSubject(d, selected, a) {
			return descEventOver(d, k, k+1), true
		}
		return Mention{}, false
	}
	a := legalActiveStart(d, k)
	if a < 1 || !pairOrOneSubject(d, selected, a) || legalObject(d, selected, k+1) == nil {
		return Mention{}, false
	}
	return descEventOver(d, k, k+1), true
}

// legalSubject reports whether a named party, a list of them, or "he" or
// "she" ends right before token a, or a reported "it" or "they" whose
// reporter is named ("X said it was fined": reportedSubjectEnd).
func legalSubject(d *Document, selected []Mention, a int) bool {
	if l := low(d.Tokens[a-1]); l == "he" || l == "she" {
		return true
	}
	e := reportedSubjectEnd(d, a)
	m := mentionEndingAt(selected, e)
	return pairOrOneSubject(d, selected, e) && (m == nil || !prepositionObject(d, m.TokStart))
}

// subjectPrepositions before a name make it the object of a phrase
// inside the subject, not the subject: "riots in Y will face trial",
// "traders at Y are facing an investigation". "of" is left out: "a
// unit of Y faces a claim" is a claim on Y.
var subjectPrepositions = map[string]bool{"in": true, "at": true, "from": true, "for": true, "with": true,
	"by": true, "on": true, "near": true, "across": true, "among": true}

// prepositionObject reports whether the name starting at token s is the
// object of a subjectPrepositions word within five words before it, a
// description between ("at US banking giant Y").
func prepositionObject(d *Document, s int) bool {
	for j := s - 1; j >= 0 && j >= s-5; j-- {
		t := d.Tokens[j]
		if subjectPrepositions[low(t)] && !t.Cap() {
			return true
		}
		if !t.Word() || t.Break {
			return false
		}
	}
	return false
}

// legalObject returns the named party that the object of an active legal
// verb opens at token k ("the" and a short description aside: "fined
// insurer Y"), or nil; a noun after the name makes it a modifier ("fined
// Y shareholders"), and a possessive the owner of what is investigated
// ("investigating Y's accounts": Y is investigated).
func legalObject(d *Document, selected []Mention, k int) *Mention {
	m := mentionAt(selected, objectNameStart(d, k))
	if m == nil || !sideType(m.Type) {
		return nil
	}
	e := m.TokEnd
	if e < len(d.Tokens) && !isPossessive(d.Tokens[e]) && !sideEndsPhrase(d, e) && !phraseFollowers[low(d.Tokens[e])] && !hasDigit(d.Tokens[e].Text) && d.Tokens[e].Text != "$" {
		return nil
	}
	return m
}

// underInvestigationAt reads "Y is (now) under (formal) investigation":
// the event is "investigation", its subject a named party or "he" or
// "she" before a be-form, "remains" or "came".
func underInvestigationAt(d *Document, selected []Mention, k int) (Mention, bool) {
	h := k + 1
	for n := 0; n < 2 && h < len(d.Tokens) && talksModifier(d.Tokens[h]) && low(d.Tokens[h]) != "investigation"; n++ {
		h++
	}
	if h >= len(d.Tokens) || low(d.Tokens[h]) != "investigation" || d.Tokens[h].Break {
		return Mention{}, false
	}
	a := underSubjectEnd(d, k)
	if a < 1 || !legalSubject(d, selected, a) || talksNegated(d, k) {
		return Mention{}, false
	}
	return descEventOver(d, h, h+1), true
}

// underVerbs put their subject under investigation.
var underVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"remains": true, "remained": true, "came": true, "comes": true, "come": true, "has": true, "have": true,
	"had": true}

// underSubjectEnd returns the token after the subject of "under" at
// token k (its verbs and adverbs aside), or -1 when no verb stands there.
func underSubjectEnd(d *Document, k int) int {
	a, verb := k, false
	for a > 0 && (underVerbs[low(d.Tokens[a-1])] || legalAdverbs[low(d.Tokens[a-1])]) && !d.Tokens[a-1].Break {
		verb = verb || underVerbs[low(d.Tokens[a-1])]
		a--
	}
	if !verb {
		return -1
	}
	return a
}

// legalVerbEventName names an event of legalVerbAt by its verb's nominal
// ("fine", "investigation", "trial"); ok is false for any other event.
func legalVerbEventName(d *Document, m Mention) (string, bool) {
	if m.Source != descEventSource || m.TokEnd-m.TokStart != 1 || d.Tokens[m.TokStart].Cap() {
		return "", false
	}
	n, ok := legalVerbNominals[low(d.Tokens[m.TokStart])]
	return n, ok
}

// legalVerbEvent reports whether placed mention e is an event of
// legalVerbAt over its verb (not "under investigation", which is named
// by its noun).
func (rb *relBuilder) legalVerbEvent(e placed) bool {
	if e.coref || e.tokEnd-e.tokStart != 1 || rb.ex.Entities[e.ent].Type != graph.Event {
		return false
	}
	_, ok := legalVerbNominals[low(rb.d.Tokens[e.tokStart])]
	return ok
}

// trialSubjectEnd returns the token the defendant's name ends before
// when the verb chain of "go on trial" or "stand trial" starts at token
// k (events_trials.go): before ", who" ("X, who is on trial for fraud")
// and before "and" and a counted group of people the text leaves
// unnamed ("X and five railway managers are to go on trial": X); else
// k itself (-1 stays -1).
func trialSubjectEnd(d *Document, k int) int {
	if k >= 2 && low(d.Tokens[k-1]) == "who" && d.Tokens[k-2].Text == "," {
		return k - 2
	}
	j := k
	for n := 0; n < 3 && j > 0 && d.Tokens[j-1].Word() && !d.Tokens[j-1].Cap() && !groupStopWords[low(d.Tokens[j-1])] && !d.Tokens[j-1].Break; n++ {
		j--
	}
	if j < k && j >= 2 && (numberWords[low(d.Tokens[j])] || isNumber(d.Tokens[j].Text)) && low(d.Tokens[j-1]) == "and" {
		return j - 1 // "X and five railway managers"
	}
	return k
}
