package entities

// Taking part named by a noun or by a verb with its preposition: with E
// the event and X the participant,
//
//	X's participation in E            X was a delegate to E
//	X's role in E                     X, the host of E / X played host to E
//	X's presence at E                 X was among the participants in E
//	X presided over E                 X testified before E
//	X was implicated in E             X survived E
//	X masterminded E                  X represented Y at E (X and Y)
//	X met Y at E (X and Y)            X flew to E (E a gathering)
//	X's handling of E                 X's involvement in E
//
// The noun or verb stands right before E's preposition and determiner;
// the participant is the noun's possessor, the subject of "be" with the
// noun as its complement, or the verb's subject (actorOf). Denying a role
// ("X denied any role in E") is a negation and gives nothing.

// partNouns name taking part in the event after their preposition.
var partNouns = map[string]string{"participation": "in", "role": "in", "presence": "at", "attendance": "at",
	"delegate": "to", "delegates": "to", "participant": "in", "participants": "in", "host": "of", "hosts": "of",
	"organiser": "of", "organisers": "of", "organizer": "of", "organizers": "of", "survivor": "of", "survivors": "of",
	"winner": "of", "winners": "of", "architect": "of", "architects": "of", "mastermind": "of", "player": "in",
	"handling": "of", "involvement": "in"}

// partNounLinks may stand between a participant and a part noun it is the
// subject of: "X was among the participants in", "X, the host of", "X
// played host to", "X's active participation in".
var partNounLinks = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"will": true, "would": true, "has": true, "have": true, "had": true, "became": true, "becomes": true, "a": true,
	"an": true, "the": true, "one": true, "of": true, "among": true, "also": true, ",": true, "key": true,
	"main": true, "leading": true, "active": true, "official": true, "played": true, "plays": true, "playing": true,
	"central": true, "major": true, "chief": true, "joint": true, "co": true, "-": true}

// partVerbs link their subject to the event after their preposition (""
// for an object): "presided over E", "survived E".
var partVerbs = map[string]string{"presided": "over", "presides": "over", "presiding": "over",
	"testified": "before", "testify": "before", "testifies": "before", "testifying": "before",
	"implicated": "in", "survived": "", "survives": "", "masterminded": "", "orchestrated": "", "plotted": "",
	"masterminding": "", "orchestrating": ""}

// gatheringVerbs go to or meet at a gathering: "flew to E", "met Y at E",
// "represented Y at E".
var gatheringVerbs = map[string]string{"flew": "to", "travelled": "to", "traveled": "to", "went": "to", "came": "to",
	"met": "at", "meets": "at", "meeting": "at", "represented": "at", "represents": "at", "representing": "at",
	"travel": "to", "fly": "to", "go": "to"}

// partAt reports whether in[xi], before event m, takes part in it by a
// part noun or verb (see above).
func (rb *relBuilder) partAt(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	k := m.tokStart - 1
	if k > x.tokEnd && actedDeterminers[low(d.Tokens[k])] {
		k--
	}
	if k < x.tokEnd {
		return false
	}
	prep := low(d.Tokens[k])
	// A verb with E as its object.
	if p, ok := partVerbs[prep]; ok && p == "" {
		return rb.actorOf(in, xi, k) && !allegedBefore(d, x.tokEnd, k)
	}
	w := k - 1
	if w < x.tokEnd {
		return rb.objectAt(in, xi, m, k) // "represented X at E"
	}
	word := low(d.Tokens[w])
	if p, ok := partVerbs[word]; ok && p == prep {
		return rb.actorOf(in, xi, w) && !allegedBefore(d, x.tokEnd, w)
	}
	if p, ok := partNouns[word]; ok && p == prep || word == "host" && prep == "to" {
		for j := x.tokEnd; j < w; j++ {
			t := d.Tokens[j]
			if !partNounLinks[low(t)] && !isPossessive(t) && !(t.Word() && !t.Cap() && len(low(t)) > 2 && low(t)[len(low(t))-2:] == "ly") {
				return false
			}
		}
		return w-x.tokEnd <= actionMaxGap
	}
	if !isGathering(d, m) {
		return false
	}
	if p, ok := gatheringVerbs[word]; ok && p == prep {
		return rb.actorOf(in, xi, w)
	}
	return rb.objectAt(in, xi, m, k)
}

// objectAt reports whether in[xi] takes part in gathering m by a verb
// whose object stands before "at" (token k) and m: the subject of "met Y
// at E" and "represented Y at E", and the object of "represented".
func (rb *relBuilder) objectAt(in []placed, xi int, m placed, k int) bool {
	d := rb.d
	x := in[xi]
	if low(d.Tokens[k]) != "at" || !isGathering(d, m) {
		return false
	}
	for _, o := range in {
		if o.tokEnd != k || !rb.participant(o) || o.tokStart < 1 {
			continue
		}
		v := o.tokStart - 1
		for n := 0; n < 5 && v > 0 && (d.Tokens[v].Word() && d.Tokens[v].Cap() || isRoleWord(low(d.Tokens[v])) || low(d.Tokens[v]) == "the"); n++ {
			v-- // "met Senator Tom Hale at", "met the Lima mayor at"
		}
		if gatheringVerbs[low(d.Tokens[v])] != "at" {
			continue
		}
		if o == x {
			return representVerbs[low(d.Tokens[v])]
		}
		return v >= x.tokEnd && rb.actorOf(in, xi, v)
	}
	return false
}

// representVerbs make their object a participant of the gathering too:
// "X represented Peru at E", "X met Y at E" (Y is there as well).
var representVerbs = map[string]bool{"represented": true, "represents": true, "representing": true,
	"met": true, "meets": true}

// allegedBefore reports whether a word of accusation stands in tokens [i,
// j): "X was accused of masterminding E" is not established.
func allegedBefore(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		switch low(d.Tokens[k]) {
		case "accused", "suspected", "alleged", "allegedly", "charged", "denied", "denies":
			return true
		}
	}
	return false
}

// ownerOpens reports whether x, named at the start of agreement or
// gathering m, owns it by a possessive: "OPEC's December pact",
// "Labour's spring conference" (the event rule keeps the owner in the
// event's name), or won or lost election m: "the LDP's general election
// victory" (electionResultAfter). Other owned events are left out: "Labour's election
// prospects" names no event, and a party's campaign is its own business
// more than an event it takes part in.
func (rb *relBuilder) ownerOpens(x, m placed) bool {
	d := rb.d
	k := x.tokEnd
	if k+1 < m.tokEnd && low(d.Tokens[k]) == "party" {
		k++ // "the Green Party's conference" with "Green" named
	}
	return !x.coref && x.tokStart == m.tokStart && k+1 < m.tokEnd && isPossessive(d.Tokens[k]) && (isAgreement(d, m) || isGathering(d, m) || electionResultAfter(d, m))
}
