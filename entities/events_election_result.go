package entities

// electionResultEvents finds the election in a possessive election result
// noun: "the LDP's general election victory", "Nakasone's 1986 election
// victory", "the party's by-election defeat". electionEvents ends an
// election's name before a contest word, so the election of "X's
// election victory" was no event; the possessor won or lost it, and the
// relation stage links a possessor right before an event, or a body's
// name the event keeps ("Green Party's general election": ownerOpens).
// The event is the modifiers and the head; without a possessor
// ("fears of a Labour election victory") the result is only supposed and
// nothing is found.
func electionResultEvents(d *Document, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 1 || j+1 >= len(d.Tokens) {
			continue
		}
		if !electionHeadsIx.of(d.Tokens[j]) || d.Tokens[j].Cap() || !electionResults[low(d.Tokens[j+1])] || d.Tokens[j+1].Break {
			continue
		}
		start := j
		if compoundHeadAt(d, j-2) {
			start = j - 2 // "by-election"
		}
		for n := 0; n < 3 && start > 1 && electionModifier(d.Tokens[start-1]) && !d.Tokens[start-1].Cap() && !d.Tokens[start].Break; n++ {
			start-- // "general", "1986"; a capitalised word is the possessor's name
		}
		if start < 1 || !isPossessive(d.Tokens[start-1]) || d.Tokens[start].Break {
			continue
		}
		out = append(out, eventOver(d, start, j+1))
	}
	return out
}

// electionResults are the nouns of winning or losing an election that an
// election's name may modify.
var electionResults = map[string]bool{"victory": true, "defeat": true, "win": true, "triumph": true, "landslide": true}

// electionResultAfter reports whether event m is an election a result
// noun follows ("the Green Party's general election victory"): the name
// of a body that opens it with a possessive won or lost it (ownerOpens).
func electionResultAfter(d *Document, m placed) bool {
	return m.tokEnd < len(d.Tokens) && electionHeads[low(d.Tokens[m.tokEnd-1])] && electionResults[low(d.Tokens[m.tokEnd])] && !d.Tokens[m.tokEnd].Break
}
