package entities

// electionEvents finds elections and referendums without a name that a
// contest predicate links to someone who stands, wins, loses or
// campaigns in them, the way actedEvents reads "won a copyright case":
//
//	X won the general election        X won 40 seats in the local elections
//	X was re-elected in the 2005 poll X's victory in the presidential election
//	X is standing in the by-election  X launched its campaign for the local elections
//
// The event is a determiner ("the", "this", "last", "its", "their",
// "his", "her", or a possessive: "Thursday's election"), at most
// three modifiers (lower-case words, years, capitalised words of a place
// or a body: "general", "2005", "European", "Wexford") and an election
// head ("election", "elections", "by-election", "referendum") that ends
// the noun phrase ("the election campaign" names a campaign). A contest
// word (electionActs) must stand at most electionActGap tokens before the
// determiner, in the same clause: an election only commented on ("X said
// the election was unfair") names no event here, and neither does "the
// next election", which is not yet an event the text can say anyone is
// in ("if X won the next election"), unless a candidate contests it now
// ("X will fight the next general election": comingWords). The relation stage links
// the one who acts (actionBetween, electionObject).
func electionEvents(d *Document, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 {
			continue
		}
		if !electionHeadsIx.of(d.Tokens[j]) || d.Tokens[j].Cap() || !electionPhraseEnds(d, j+1) {
			continue
		}
		start := j
		if compoundHeadAt(d, j-2) {
			start = j - 2 // "by-election"
		}
		b := start - 1
		for n := 0; n < 3 && b > 0 && electionModifier(d.Tokens[b]) && !d.Tokens[b+1].Break; n++ {
			b--
		}
		coming := b > 0 && comingWords[low(d.Tokens[b])] && low(d.Tokens[b-1]) == "the"
		if coming {
			b-- // "the next general election": contested now, held later
		}
		if b < 0 || !electionDeterminer(d.Tokens[b]) || d.Tokens[b+1].Break {
			continue
		}
		act := electionActBefore(d, b)
		if act < 0 || coming && (hypotheticalBefore(d, act) || !contestActs[low(d.Tokens[act])]) {
			continue
		}
		out = append(out, eventOver(d, b+1, j+1))
	}
	return out
}

// electionHeads end the name of an election.
var electionHeads = map[string]bool{"election": true, "elections": true, "referendum": true}

// electionActs are the words of standing in, winning, losing or
// campaigning for an election (the relation stage reads them as action
// words before an election).
var electionActs = map[string]bool{"won": true, "win": true, "wins": true, "winning": true, "lost": true, "lose": true,
	"loses": true, "losing": true, "contested": true, "contest": true, "contesting": true, "contests": true,
	"fought": true, "fight": true, "fighting": true, "elected": true, "re-elected": true, "reelected": true,
	"standing": true, "stood": true, "stand": true, "stands": true, "running": true, "ran": true,
	"seats": true, "seat": true, "victory": true, "defeat": true, "defeated": true, "beat": true,
	"campaign": true, "campaigning": true, "triumph": true, "landslide": true}

// comingWords name an election still to come; one is an event a party
// or a candidate is in only when the sentence says they contest it now
// ("X will fight the next general election"; contestActs), not when it
// only supposes ("if X won the next election"; hypotheticalBefore).
var comingWords = map[string]bool{"next": true, "forthcoming": true, "coming": true, "upcoming": true}

// contestActs are the electionActs of taking part in an election before
// its result.
var contestActs = map[string]bool{"contest": true, "contesting": true, "contests": true, "fight": true, "fighting": true,
	"standing": true, "stand": true, "stands": true, "running": true, "campaigning": true, "campaign": true}

// hypotheticalBefore reports whether the clause of token k is only
// supposed: "if", "unless", "whether" or a conditional modal before it in
// its sentence, no comma between.
func hypotheticalBefore(d *Document, k int) bool {
	start := sentenceStart(d, k)
	for j := k - 1; j >= start; j-- {
		switch low(d.Tokens[j]) {
		case "if", "unless", "whether", "would", "could", "might", "should":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// electionActGap bounds the tokens from a contest word to the election's
// determiner: "won 40 seats in the", "its campaign for the".
const electionActGap = 4

// electionActBefore returns the token of the contest word before the
// election whose determiner is token b, or -1. Only lower-case words and
// numbers stand between ("won 40 seats in", "launched its campaign for"),
// or a name the contest word takes as its object ("defeated X in").
func electionActBefore(d *Document, b int) int {
	for k := b - 1; k >= 0 && b-k <= electionActGap+1; k-- {
		t := d.Tokens[k]
		if electionActs[low(t)] && !t.Cap() {
			if l := low(d.Tokens[k+1]); l == "down" || l == "aside" {
				return -1 // "stand down at the election" is leaving
			}
			return k
		}
		if t.Break && k < b-1 || !t.Word() && !isPossessive(t) && t.Text != "%" || reportingVerbs[low(t)] || negationWords[low(t)] {
			return -1
		}
	}
	return -1
}

// electionPhraseEnds reports whether an election's noun phrase may end
// before token k: punctuation, a sentence end, a stop word, a clause link
// or a month ("the election in May", "the referendum, which").
func electionPhraseEnds(d *Document, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Break || !d.Tokens[k].Word() && !isPossessive(d.Tokens[k]) {
		return true
	}
	l := low(d.Tokens[k])
	return !d.Tokens[k].Cap() && !electionCompounds[l] && !eventHeads[l] && !electionActs[l]
}

// electionCompounds are the nouns an election's name may modify: "the
// election campaign", "the election result" name no election.
var electionCompounds = map[string]bool{"result": true, "results": true, "day": true, "date": true, "commission": true,
	"manifesto": true, "manifestos": true, "night": true, "year": true, "race": true, "debate": true, "debates": true,
	"turnout": true, "officials": true, "official": true, "law": true, "laws": true, "rules": true, "process": true,
	"pledge": true, "pledges": true, "promise": true, "promises": true, "fraud": true, "spending": true, "broadcast": true,
	"broadcasts": true, "agent": true, "expenses": true, "petition": true, "timetable": true, "period": true,
	"programme": true, "program": true, "platform": true, "season": true, "time": true, "win": true, "loss": true,
	"setback": true, "success": true, "chances": true, "hopes": true, "prospects": true, "strategy": true,
	"observers": true, "monitors": true, "battle": true, "fever": true, "violence": true, "count": true,
	"outcome": true, "trail": true, "rally": true, "rallies": true, "funding": true, "budget": true, "bill": true,
	"system": true, "reform": true, "body": true, "board": true, "committee": true, "panel": true, "watchdog": true}

// electionModifier reports whether t may stand in an election's name
// between its determiner and its head: a year, a lower-case word that is
// no stop word, grading word or adverb ("general", "presidential"), or a
// capitalised word ("European", "Senate", a place).
func electionModifier(t Token) bool {
	l := low(t)
	if len(l) == 4 && isNumber(l) {
		return true
	}
	if t.Cap() {
		return t.Word() && !groupStopWords[l] && months[l] == 0
	}
	return actedModifier(t) && !electionActs[l] && !electionHeads[l]
}

// electionDeterminer reports whether t opens an election's name.
func electionDeterminer(t Token) bool {
	switch low(t) {
	case "the", "this", "last", "its", "their", "his", "her", "'s", "’s":
		return true
	}
	return false
}
