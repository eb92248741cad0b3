package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Being in a place to do something there says the person went there
// for it, as "in Y for talks" does (visitCues):
//
//	X, who was in Houston to attend the World Petroleum Congress, said
//	X was in Sydney to start an Asian tour; X is in London to speak at a dinner
//	X should be in Lima on a visit; X was in Y for the annual Z meeting
//	X has been in Y exchanging views; X was in Y visiting his brother
//
// The purpose is an infinitive of a verb of doing something at a place
// (purposeVerbs) or its -ing form, or a visit, trip or tour after "on", right after the
// place or after a time ("in Y next week to attend"); a statement made
// somewhere ("X said in Oslo") or a residence ("X lives in Oslo") has
// none. The person stands before "in" as for "in Y for talks"
// (subjectGap), and is no preposition's object: in "he will meet
// executives of Acme in Calgary to discuss the sale" Acme travels
// nowhere, nor does the committee of "a member of the committee, was in
// Y to visit farms".

// purposeTimeWords may stand between the place and the purpose.
var purposeTimeWords = map[string]bool{"next": true, "last": true, "this": true, "week": true, "month": true,
	"today": true, "tomorrow": true, "yesterday": true, "earlier": true, "later": true, "now": true}

// purposeVisits adds the visits of "X was in Y to attend ..." in sentence
// si (see above).
func (rb *relBuilder) purposeVisits(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	for k, dst := range in {
		p := dst.tokStart - 1
		if p > s.TokStart+1 && low(d.Tokens[p]) == "the" && low(d.Tokens[p-1]) == "in" {
			p-- // "X was in the U.S. to negotiate the deal"
		}
		if !rb.isDestination(dst) || dst.coref || p <= s.TokStart || low(d.Tokens[p]) != "in" || !destinationEnds(d, dst) {
			continue
		}
		n := dst.tokEnd
		for n < s.TokEnd && n < dst.tokEnd+3 && (purposeTimeWords[low(d.Tokens[n])] || weekdays[low(d.Tokens[n])]) {
			n++
		}
		if !purposeClauseAt(d, s, n) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			src := in[j]
			if src.tokEnd > p {
				continue
			}
			if !rb.isTraveller(src) || !rb.subjectGap(src.tokEnd, p) || prepositionObject(d, src.tokStart) || ofObject(d, s, src) {
				break
			}
			rb.add(src.ent, dst.ent, graph.Visits, sentenceSpan(s), confVisit, nil)
			break
		}
	}
}

// ofObject reports whether mention m, with its article and capitalised
// or role-word modifiers, follows "of": "a member of the EC agriculture
// committee" (prepositionObject reads the other prepositions).
func ofObject(d *Document, s Sentence, m placed) bool {
	for i := m.tokStart - 1; i >= s.TokStart && m.tokStart-i <= titleMaxWords; i-- {
		t := d.Tokens[i]
		l := low(t)
		if l == "of" {
			return true
		}
		if !(t.Cap() || l == "the" || isRelRoleWord(l)) {
			return false
		}
	}
	return false
}

// purposeVerbs are the infinitives after "in Y to" that say what the
// person came to do.
var purposeVerbs = map[string]bool{"attend": true, "address": true, "speak": true, "visit": true, "open": true,
	"meet": true, "sign": true, "discuss": true, "start": true, "launch": true, "promote": true, "review": true,
	"seek": true, "hold": true, "deliver": true, "present": true, "negotiate": true, "inspect": true,
	"tour": true, "lobby": true, "unveil": true, "receive": true, "accept": true, "join": true, "watch": true,
	"see": true, "take": true, "give": true, "explain": true, "brief": true, "exchange": true}

// purposeClauseAt reports whether the words at token n say what someone
// is in a place for: "to <purpose verb>", or "on a|an|his|her <visit
// noun>" with at most two modifiers.
func purposeClauseAt(d *Document, s Sentence, n int) bool {
	if n+1 >= s.TokEnd {
		return false
	}
	if purposeParticiple(low(d.Tokens[n])) && !d.Tokens[n].Cap() {
		return true // "X has been in Y exchanging views", "X was in Y visiting his brother"
	}
	switch low(d.Tokens[n]) {
	case "to":
		return purposeVerbs[low(d.Tokens[n+1])] && !d.Tokens[n+1].Cap()
	case "on":
		l := low(d.Tokens[n+1])
		if !isTripDeterminer(l) && !travellerPronouns[l] {
			return false
		}
		for k := n + 2; k < s.TokEnd && k <= n+4; k++ {
			if visitNouns[low(d.Tokens[k])] {
				return true
			}
			if t := d.Tokens[k]; t.Cap() || !(t.Word() || isDash(t.Text) || isNumber(t.Text)) {
				return false
			}
		}
	}
	return false
}

// purposeParticiple reports whether w is the -ing form of a purpose verb
// ("attending", "visiting", "exchanging", "meeting"): the participle
// after "X was in Y" says what X was there doing, as the infinitive does.
func purposeParticiple(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	return purposeVerbs[stem] || purposeVerbs[stem+"e"]
}

// purposeMeetingMax bounds the words from "for" to the meeting noun when
// the meeting has a name: "for the National Petroleum Refiners
// Association meeting".
const purposeMeetingMax = 8

// namedMeetingFollows reports whether the words from token k are "the"
// (or "a", "an", "this year's"), capitalised words and a meeting noun:
// the named meeting someone is in a place for.
func namedMeetingFollows(d *Document, s Sentence, k int) bool {
	if k >= s.TokEnd || !meetingDeterminers[low(d.Tokens[k])] {
		return false
	}
	for j := k + 1; j < s.TokEnd && j <= k+purposeMeetingMax; j++ {
		t := d.Tokens[j]
		l := low(t)
		if meetingNouns[l] || l == "congress" || l == "show" || l == "convention" || l == "forum" {
			return j > k+1
		}
		if !t.Cap() && l != "annual" && !isPossessive(t) {
			return false
		}
	}
	return false
}
