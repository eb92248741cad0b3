package entities

// reelectionEvents finds a re-election a contest verb puts someone in:
// "X is seeking re-election", "X won re-election", "X will stand for
// re-election", "X faces re-election". Unlike an election
// (electionEvents), "re-election" needs no determiner: it is always the
// one contest of the person who seeks it. The event is "re-election"
// (also written "reelection"); the relation stage links the verb's
// subject (the action pattern and the parse), and a negated verb ("X will
// not seek re-election") links nobody.
func reelectionEvents(d *Document, at []int) []Mention {
	var out []Mention
	next := 1 // the walk this replaced went on after a match's end
	for _, j := range at {
		if j < next {
			continue
		}
		start, end := j, j+1
		switch {
		case low(d.Tokens[j]) == "reelection" || low(d.Tokens[j]) == "re-election":
		case compoundHeadAt(d, j) && low(d.Tokens[j]) == "re" && low(d.Tokens[j+2]) == "election":
			end = j + 3
		default:
			continue
		}
		if d.Tokens[j].Cap() && j > 0 && !d.Tokens[j].Break {
			continue // a title word: "Re-election Committee"
		}
		v := start - 1
		if low(d.Tokens[v]) == "for" && v > 0 {
			v--
		}
		if !reelectionVerbs[low(d.Tokens[v])] || d.Tokens[start].Break {
			continue
		}
		out = append(out, descEventOver(d, start, end))
		next = end
	}
	return out
}

// reelectionVerbs contest a re-election right before it (or before "for"
// it): "seeking re-election", "stand for re-election".
var reelectionVerbs = map[string]bool{"seek": true, "seeks": true, "seeking": true, "sought": true,
	"win": true, "wins": true, "won": true, "winning": true, "lost": true, "lose": true, "losing": true,
	"stand": true, "stands": true, "standing": true, "stood": true, "run": true, "runs": true, "running": true,
	"ran": true, "face": true, "faces": true, "facing": true, "faced": true, "contest": true, "contesting": true}
