package entities

import "strconv"

// An age between commas after a name ("X, 79, who has been in Y to
// attend ...", "X, 55, the former chairman, will visit Y") says nothing
// about the clause: the visits rules read across it as across an
// apposition (appositionEnd).

// ageEnd returns the token after ", <age>," that follows a name at the
// comma at token i, before token v, or i when there is none. An age is
// a whole number from 1 to 120.
func ageEnd(d *Document, i, v int) int {
	if i+3 >= v || d.Tokens[i].Text != "," || d.Tokens[i+2].Text != "," {
		return i
	}
	n, err := strconv.Atoi(d.Tokens[i+1].Text)
	if err != nil || n < 1 || n > 120 {
		return i
	}
	return i + 3
}
