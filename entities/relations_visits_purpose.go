package entities

// Being in a place to do something there says the person went there
// for it, as "in Y for talks" does (visitCues):
//
//	X, who was in Houston to attend the World Petroleum Congress, said
//	X was in Sydney to start an Asian tour; X is in London to speak at a dinner
//	X should be in Lima on a visit; X was in Y for the annual Z meeting
//
// The purpose is an infinitive of a verb of doing something at a place
// (purposeVerbs), or a visit, trip or tour after "on"; a statement made
// somewhere ("X said in Oslo") or a residence ("X lives in Oslo") has
// none.

// purposeVerbs are the infinitives after "in Y to" that say what the
// person came to do.
var purposeVerbs = map[string]bool{"attend": true, "address": true, "speak": true, "visit": true, "open": true,
	"meet": true, "sign": true, "discuss": true, "start": true, "launch": true, "promote": true, "review": true,
	"seek": true, "hold": true, "deliver": true, "present": true, "negotiate": true, "inspect": true,
	"tour": true, "lobby": true, "unveil": true, "receive": true, "accept": true, "join": true, "watch": true,
	"see": true, "take": true, "give": true, "explain": true, "brief": true}

// purposeClauseAt reports whether the words at token n say what someone
// is in a place for: "to <purpose verb>", or "on a|an|his|her <visit
// noun>" with at most two modifiers.
func purposeClauseAt(d *Document, s Sentence, n int) bool {
	if n+1 >= s.TokEnd {
		return false
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
