package entities

// Bodies that open a gathering's name with more than the head after
// them: a pair of bodies ("the International Monetary Fund and World Bank
// annual meeting": both hold it) or a word that says when or how the
// gathering is held ("the OPEC ministerial meeting", "the IMF spring
// meetings"). bodyHolds (relations_events_bodies.go) reads a body right
// before the head; bodiesOpen adds these, which it calls.

// gatheringTimeWords say when or how a gathering is held; between a body
// and the gathering's head they leave the body its holder.
var gatheringTimeWords = map[string]bool{"annual": true, "spring": true, "autumn": true, "fall": true, "winter": true,
	"summer": true, "joint": true, "ministerial": true, "interim": true, "general": true, "special": true,
	"extraordinary": true, "emergency": true, "regular": true, "plenary": true, "informal": true, "monthly": true,
	"quarterly": true, "biennial": true, "weekend": true}

// bodiesOpen reports whether body x stands in the words that open
// gathering m before its lower-case head, those words being only
// capitalised names joined by "and" or "&" and then, right before the
// head, words of gatheringTimeWords; x is a whole item of that list (a
// joiner or the list's start before it, a joiner or a time word or the
// head after it), and the list has a joiner or a time word (a lone body
// right before the head is bodyHolds' own case).
func (rb *relBuilder) bodiesOpen(x, m placed) bool {
	d := rb.d
	start := m.tokStart
	if _, j := datedOpening(d, m.tokStart); j >= 0 {
		start = j // "yesterday's IMF and World Bank meetings"
	}
	hd := -1
	for k := start; k < m.tokEnd; k++ {
		if !d.Tokens[k].Cap() && gatheringHeads[low(d.Tokens[k])] {
			hd = k
			break
		}
	}
	if hd < 0 || x.tokStart < start || x.tokEnd > hd {
		return false
	}
	joined, timed := false, false
	for k := start; k < hd; k++ {
		t := d.Tokens[k]
		l := low(t)
		switch {
		case l == "and" || t.Text == "&":
			if timed {
				return false
			}
			joined = true
		case gatheringTimeWords[l] && !t.Cap():
			timed = true
		case t.Word() && t.Cap() && !timed || k >= x.tokStart && k < x.tokEnd && !timed:
		default:
			return false
		}
	}
	if !joined && !timed {
		return false
	}
	isJoiner := func(k int) bool { return low(d.Tokens[k]) == "and" || d.Tokens[k].Text == "&" }
	before := x.tokStart == start || isJoiner(x.tokStart-1)
	after := x.tokEnd == hd || isJoiner(x.tokEnd) || gatheringTimeWords[low(d.Tokens[x.tokEnd])] && !d.Tokens[x.tokEnd].Cap()
	return before && after
}
