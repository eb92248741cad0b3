package entities

// heldElectionEvents finds elections a country, a body or a leader holds
// or will hold: "Peru holds a general election on Sunday", "Peru will
// hold elections in May", "the junta held parliamentary elections". The
// GUIDE counts organising an event as taking part in it; electionEvents
// misses these because the election has no determiner of its own ("a",
// none) and "hold" is no contest word. The election is at most three
// modifiers and an election head right after the hold verb (and "a",
// "the", "its" or "their"), ending its noun phrase; the relation stage
// links the verb's subject as it links the one who holds talks
// (actionBetween: "held" is an action word), and a negated verb ("Peru
// will not hold elections") links nobody.
func heldElectionEvents(d *Document, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 {
			continue
		}
		if heldElectionVerb(d, j) < 0 {
			continue
		}
		out = append(out, eventOver(d, heldElectionStart(d, j), j+1))
	}
	return out
}

// holdVerbs hold an election.
var holdVerbs = map[string]bool{"hold": true, "holds": true, "held": true, "holding": true}

// heldElectionVerb returns the hold verb before the election whose head
// is token j, or -1.
func heldElectionVerb(d *Document, j int) int {
	if j >= len(d.Tokens) || !electionHeadsIx.of(d.Tokens[j]) || d.Tokens[j].Cap() || !electionPhraseEnds(d, j+1) {
		return -1
	}
	b := heldElectionStart(d, j) - 1
	switch low(d.Tokens[b]) {
	case "a", "the", "its", "their":
		if d.Tokens[b+1].Break {
			return -1
		}
		b--
	}
	if b < 0 || !holdVerbs[low(d.Tokens[b])] || d.Tokens[b].Cap() || d.Tokens[b+1].Break {
		return -1
	}
	return b
}

// heldElectionStart returns the first token of the election whose head
// is token j: its modifiers ("general", "parliamentary", "2004") and a
// compound head ("by-election").
func heldElectionStart(d *Document, j int) int {
	start := j
	if compoundHeadAt(d, j-2) {
		start = j - 2
	}
	for n := 0; n < 3 && start > 1 && electionModifier(d.Tokens[start-1]) && !holdVerbs[low(d.Tokens[start-1])] && !d.Tokens[start].Break; n++ {
		start--
	}
	return start
}
