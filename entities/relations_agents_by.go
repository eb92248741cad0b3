package entities

// An agent list that restates its preposition. A passive names its
// agents as one list ("attended by X, Y and Z") or, as often in longer
// sentences, as several, each with its own "by" and its own titles:
//
//	E was attended by farm ministers from both countries and by French
//	President X, his Prime Minister Y, and by Chancellor Z
//
// agentListReaches (relations_agents.go) reads the first kind; restatedBy
// lets an item follow ", and by" or "and by" (byRestated), and an owner
// pronoun stand before an item's title ("his Prime Minister Y"), so that
// every named agent of the sentence is reached, whatever common nouns
// the first "by" took.

// agentOwners may open an agent's title: "his Prime Minister Y".
var agentOwners = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// ownedTitledGap is titledGap with an owner pronoun allowed first.
func ownedTitledGap(d *Document, i, j int) bool {
	if i < j && agentOwners[low(d.Tokens[i])] {
		i++
	}
	return titledGap(d, i, j)
}

// byRestated returns the token after the "by" that an "and" (", and")
// before it joins to an agent list, when that "by" stands in [i, j) with
// only the titles of the item at j after it; else -1.
func byRestated(d *Document, i, j int) int {
	for k := j - 1; k > i; k-- {
		t := d.Tokens[k]
		if t.Break {
			return -1
		}
		if low(t) != "by" {
			continue
		}
		if low(d.Tokens[k-1]) != "and" || !ownedTitledGap(d, k+1, j) {
			return -1
		}
		return k + 1
	}
	return -1
}

// restatedBy reports whether tokens [i, j) lead from an agent list (or
// the first "by") to the item at j through a restated "by" (byRestated)
// within agentRestateReach tokens, or through list words and an owned
// title ("..., his Prime Minister Y").
func restatedBy(d *Document, i, j int) bool {
	if j-i > agentRestateReach {
		return false
	}
	if byRestated(d, i, j) >= 0 {
		return true
	}
	for p := i + 1; p <= j && p-i <= 3; p++ {
		if listGap(d, i, p) && ownedTitledGap(d, p, j) {
			return true
		}
	}
	return false
}

// agentRestateReach bounds the words between one agent and the next.
const agentRestateReach = 16
