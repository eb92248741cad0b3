package entities

// Talks held somewhere. The talks rules (events_talks.go, events_phrase.go)
// read "X held talks with Y", "X is in talks with Y" and "talks here
// yesterday with Y"; news names where the talks are held before the side
// as often:
//
//	X had talks at the White House with Y    X held talks in Lisbon with Y
//	X is in talks in New York with Y
//
// talksPlaceEnd lets such a place phrase stand between a head of
// talksHeads and "with" (talksWith; not "held a press conference in
// London with Y", a statement's occasion).

// talksPlacePrepositions open a place phrase between talks and "with".
var talksPlacePrepositions = map[string]bool{"at": true, "in": true, "near": true}

// talksPlaceEnd returns the token after the place phrase that opens at
// token j ("at the White House", "in Lisbon", "in New York", or a
// month: "in May"): a place preposition, "the" or none, and one to three
// capitalised words; or j when there is none.
func talksPlaceEnd(d *Document, j int) int {
	if j >= len(d.Tokens) || !talksPlacePrepositions[low(d.Tokens[j])] || d.Tokens[j].Break {
		return j
	}
	k := j + 1
	if k < len(d.Tokens) && low(d.Tokens[k]) == "the" {
		k++
	}
	n := k
	for k < len(d.Tokens) && k < n+3 && d.Tokens[k].Word() && d.Tokens[k].Cap() && !d.Tokens[k].Break {
		k++
	}
	if k == n {
		return j
	}
	return k
}
