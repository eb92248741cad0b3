package entities

// electionLink reports whether in[xi], before election m, stands in,
// wins, loses or campaigns in it: the subject or possessor of a contest
// word before m ("X won 40 seats in E", "X was re-elected in E", "X's
// victory in E", "X launched its campaign for E"), or the one a defeat
// verb takes as its object ("Y defeated X in E").
func (rb *relBuilder) electionLink(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.tokStart < 2 || !electionHeads[low(d.Tokens[m.tokEnd-1])] {
		return false
	}
	v := electionActBefore(d, m.tokStart-1)
	if v < 0 {
		return false
	}
	if v >= 2 && isDash(d.Tokens[v-1].Text) && low(d.Tokens[v-2]) == "re" {
		v -= 2 // "re-elected"
	}
	if x.tokStart > v {
		return defeatVerbs[low(d.Tokens[v])] && titleGap(d, v+1, x.tokStart) && x.tokEnd < m.tokStart && low(d.Tokens[x.tokEnd]) == "in"
	}
	if v-x.tokEnd > electionMaxGap {
		return false
	}
	for k := x.tokEnd; k < v; k++ {
		if t := d.Tokens[k]; !electionLinkWords[low(t)] && !isPossessive(t) {
			return false // "a big Labour majority to win": Labour only qualifies the subject
		}
	}
	return true
}

// electionMaxGap bounds the tokens from the one who contests an election
// to the contest word.
const electionMaxGap = 6

// electionLinkWords may stand between the one who contests an election
// and the contest word: auxiliaries, "to", relative pronouns, words of
// expectation and manner ("X is expected to win", "X, who narrowly won",
// "X launched its campaign for").
var electionLinkWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "shall": true, "must": true, "did": true, "does": true, "do": true,
	"to": true, "who": true, "which": true, "also": true, "expected": true, "likely": true, "set": true, "hoping": true,
	"hopes": true, "hope": true, "wants": true, "aims": true, "plans": true, "going": true, "poised": true, "tipped": true,
	"again": true, "comfortably": true, "easily": true, "narrowly": true, "convincingly": true, ",": true,
	"launched": true, "began": true, "started": true, "opened": true, "its": true, "their": true, "his": true, "her": true,
	"officially": true, "formally": true, "now": true, "already": true}

// defeatVerbs take the loser of an election as their object.
var defeatVerbs = map[string]bool{"defeated": true, "beat": true, "defeating": true, "beating": true}
