package entities

// A relative clause between a traveller and the travel verb, set off by
// commas, leaves the traveller the verb's subject:
//
//	X, who is leading one of three soybean delegations, will also visit Bonn
//	X, which makes engines, sent a team to W
//
// The clause opens with "who" or "which" right after the comma and ends
// at the next comma, at most relClauseMax tokens on, before the verb.
// appositionEnd reads the appositions that open with a determiner or a
// role noun; this reads the clauses, for the visits rules only.

// relClauseMax bounds the tokens of a relative clause.
const relClauseMax = 16

// relativeClauseEnd returns the token after a relative clause that
// follows a name ending at token i and closes with a comma before token
// v, or i when there is none.
func relativeClauseEnd(d *Document, i, v int) int {
	if i+2 >= v || d.Tokens[i].Text != "," {
		return i
	}
	if l := low(d.Tokens[i+1]); l != "who" && l != "which" {
		return i
	}
	for k := i + 2; k < v && k <= i+relClauseMax; k++ {
		t := d.Tokens[k]
		if t.Text == "," {
			return k + 1
		}
		if !t.Word() && !isPossessive(t) && !isDash(t.Text) {
			return i
		}
	}
	return i
}

// clauseEnd returns the token after an apposition or a relative clause
// after the name ending at token i (appositionEnd, relativeClauseEnd).
func clauseEnd(d *Document, i, v int) int {
	if a := appositionEnd(d, i, v); a != i {
		// After an age the comma may open a clause: "X, 79, who ...,".
		return relativeClauseEnd(d, a, v)
	}
	return relativeClauseEnd(d, i, v)
}
