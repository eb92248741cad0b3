package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A party word closing an apposition after a name makes the person its
// member, with the state or region they sit for between:
//
//	X, a Texas Democrat, said ...       X, an Illinois Republican who ...
//	X, a New York Republican            X, a Bavarian Christian Democrat
//	X, a conservative Republican from Ohio
//
// The words between the article and the party word must be capitalised
// (the place: no title, as in "a Democratic senator", where the role
// rules read the party), after up to two lower-case adjectives; with an
// adjective the place may be left out, and the apposition must end after the party
// word; the party is the one the word names (partyOfWord), whatever
// entity the recognizer made of the place and the word together.

// maxAppositionPlaceWords bounds the capitalised words between the
// article and the party word.
const maxAppositionPlaceWords = 3

// appositionEnds may follow the party word of such an apposition.
var appositionEnds = map[string]bool{",": true, ".": true, "who": true, "and": true, ";": true, ")": true}

// placePartyApposition reads "P, a <Place> <party word>" for person p.
func (rb *relBuilder) placePartyApposition(p placed, s Sentence, span graph.Span) {
	d := rb.d
	k := p.tokEnd
	if p.coref || rb.gz == nil || k+3 >= s.TokEnd || d.Tokens[k].Text != "," {
		return
	}
	if l := low(d.Tokens[k+1]); l != "a" && l != "an" {
		return
	}
	first := skipAppositionAdjectives(d, k+2, s.TokEnd)
	for j := first; j < min(first+maxAppositionPlaceWords+1, s.TokEnd); j++ {
		t := d.Tokens[j]
		if !t.Word() || !t.Cap() {
			return
		}
		if j+1 < s.TokEnd && !appositionEnds[low(d.Tokens[j+1])] && !partyOriginPrepositions[low(d.Tokens[j+1])] {
			continue
		}
		if j == first && first == k+2 {
			return // the place comes first, after the article alone
		}
		target, ok := rb.partyOfWord(t.Text)
		if !ok {
			target, ok = rb.votedNickname(low(t)) // "Democrat"
		}
		if ok {
			rb.add(p.ent, target, graph.MemberOf, span, confAdjacent, nil)
		}
		return
	}
}

// partyOriginPrepositions may follow the party word of such an
// apposition, naming the seat: "X, a conservative Republican from Ohio".
var partyOriginPrepositions = map[string]bool{"from": true, "of": true}

// maxAppositionAdjectives bounds the lower-case words between the article
// and the party word: "a conservative Republican", "a veteran pro-business
// Democrat".
const maxAppositionAdjectives = 2

// skipAppositionAdjectives returns the token after the lower-case words
// (adjectives, hyphen-joined ones counted once) that open an apposition at
// token i: "conservative" in "a conservative Republican". A role word
// among them ("a senior Labour MP") leaves i: the title is the role
// rules'.
func skipAppositionAdjectives(d *Document, i, end int) int {
	j, words := i, 0
	for j < end && words < maxAppositionAdjectives {
		t := d.Tokens[j]
		if isDash(t.Text) && !t.Space && words > 0 {
			j++
			continue
		}
		if !t.Word() || t.Cap() || isRoleWord(low(t)) || titleStopWords[low(t)] {
			break
		}
		j++
		words++
	}
	if j < end && d.Tokens[j].Cap() {
		return j
	}
	return i
}

// votedNickname returns the party entity that a one-word party nickname w
// (lower case: "democrat") names in the one country of its nicknames the
// article's names point to (countryVotes, at least two), or false.
func (rb *relBuilder) votedNickname(w string) (int, bool) {
	votes := rb.countryVotes()
	var found *partyNickname
	for i, n := range partyNicknames[w] {
		if len(n.words) != 1 || votes[n.country] < 2 {
			continue
		}
		if found != nil && found.country != n.country {
			return -1, false
		}
		found = &partyNicknames[w][i]
	}
	if found == nil {
		return -1, false
	}
	for _, m := range rb.gz.Find(found.name) {
		if e := m.Entry; e.Type == graph.Party && e.Country == found.country && strings.EqualFold(e.Name, found.name) {
			return rb.ex.entityFor(e), true
		}
	}
	return -1, false
}
