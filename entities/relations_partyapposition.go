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
//
// The words between the article and the party word must be capitalised
// (the place: no title, as in "a Democratic senator", where the role
// rules read the party), and the apposition must end after the party
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
	first := k + 2
	for j := first; j < min(first+maxAppositionPlaceWords+1, s.TokEnd); j++ {
		t := d.Tokens[j]
		if !t.Word() || !t.Cap() {
			return
		}
		if j == first {
			continue // the place comes first
		}
		if j+1 < s.TokEnd && !appositionEnds[low(d.Tokens[j+1])] {
			continue
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
