package entities

import "strings"

// The other side of talks "with" Y. The talks rules name Y, the side
// after "with"; the one who held the talks is the subject of the clause
// that places its act at, during or after them:
//
//	X said after talks with Y ...          X made the pledge during talks with Y
//	X told reporters after a meeting with Y
//	X made the recommendation at a meeting with Y
//
// News places a statement or a pledge by the talks it came from in any
// subject; "with" names the other side, so the subject is the one who
// talked. The subject is a name right before the clause's verb, not the
// object of a preposition, and between the verb and the placing
// preposition stand only a few lower-case words (no comma, no clause of
// its own, no other name, no negation); the word after the name opens a
// verb (clauseVerbWord), and a verb of saying has only its audience
// after it.

// withTalksHeads are the heads of talks that name their other side by
// "with".
var withTalksHeads = map[string]bool{"talks": true, "meeting": true, "meetings": true, "negotiations": true}

// placingPrepositions place an act at an occasion.
var placingPrepositions = map[string]bool{"after": true, "during": true, "at": true, "following": true}

// placedClauseReach bounds the words from the subject's end to the
// placing preposition.
const placedClauseReach = 7

// withTalksSubject reports whether in[xi] is the subject of the clause
// that places its act at talks m held with a side after "with".
func (rb *relBuilder) withTalksSubject(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if x.coref || !rb.eventNamed(m) || x.tokEnd >= m.tokStart {
		return false
	}
	h := -1
	for k := m.tokStart; k < m.tokEnd && k+1 < len(d.Tokens); k++ { // the mention may end at its head
		if withTalksHeads[low(d.Tokens[k])] && low(d.Tokens[k+1]) == "with" && !d.Tokens[k].Cap() {
			h = k
			break
		}
	}
	if h < 0 {
		return false
	}
	p := m.tokStart - 1
	if p >= 0 && actedDeterminers[low(d.Tokens[p])] {
		p--
	}
	b := x.tokStart
	for b > 0 && d.Tokens[b-1].Cap() && d.Tokens[b-1].Word() && !d.Tokens[b-1].Break {
		b-- // the title before the name: "the deputy of Treasury Secretary X"
	}
	if p <= x.tokEnd || !placingPrepositions[low(d.Tokens[p])] || p-x.tokEnd > placedClauseReach || prepositionBefore(d, b) {
		return false
	}
	if x.tokEnd < len(d.Tokens) && isPossessive(d.Tokens[x.tokEnd]) || x.tokStart > 0 && isDash(d.Tokens[x.tokStart-1].Text) {
		return false // "X's", "U.S.-X": a modifier, not the subject
	}
	if !clauseVerbWord(low(d.Tokens[x.tokEnd])) {
		return false // "X trade friction at": a noun follows the name
	}
	for k := x.tokEnd; k < p; k++ {
		t := d.Tokens[k]
		l := low(t)
		if !t.Word() || t.Cap() || t.Break || subordinators[l] || negationWords[l] || listWords[l] || l == "of" || l == "who" || l == "which" {
			return false
		}
		// "X said the case was resolved at talks with Y": a verb of
		// saying with a clause of its own; only its audience may follow.
		if utteranceSayVerbs[l] && k+1 < p && (!audienceWords[low(d.Tokens[k+1])] || low(d.Tokens[k+1]) == "the") {
			return false
		}
	}
	for _, y := range in {
		if y != x && y.tokStart >= x.tokEnd && y.tokEnd <= p {
			return false // another name between: "X told Y after talks"
		}
	}
	return true
}

// clauseVerbWord reports whether w may open the verb of the subject's
// clause: an auxiliary or modal, a verb of saying, a past form in -ed or
// one of the common irregular ones.
func clauseVerbWord(w string) bool {
	return finiteVerbs[w] || utteranceSayVerbs[w] || strings.HasSuffix(w, "ed") || irregularClauseVerbs[w]
}

// irregularClauseVerbs are the past and present forms without -ed that
// news uses for an act placed at talks.
var irregularClauseVerbs = map[string]bool{"made": true, "makes": true, "gave": true, "gives": true, "told": true,
	"tells": true, "met": true, "meets": true, "held": true, "holds": true, "took": true, "takes": true,
	"spoke": true, "speaks": true, "won": true, "wins": true, "got": true, "set": true, "put": true, "can": true,
	"should": true, "also": true}
