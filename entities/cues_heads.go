package entities

// This file types a capitalised phrase by its head noun, the word that
// says what kind of body or place the phrase names: "Bank of England" is
// a bank, so an organization; "Commission for England and Wales" a
// commission.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// dateWord reports whether t names a weekday or a month ("the Council on
// Monday").
func dateWord(t Token) bool { return weekdays[low(t)] || months[low(t)] != 0 }

// maxForWords is the most words a body's name takes after "for"
// ("Commission for England and Wales"): a longer run holds another name.
const maxForWords = 4

// headNounAt reports whether the capitalised phrase [i, j) has a head
// noun of its own: a name of its own ("the Committee on Foreign Affairs
// Ministry" aside).
func headNounAt(d *Document, i, j int) bool {
	_, ok := headType(d, i, j)
	return ok
}

// headType types the capitalised phrase [i, j) by its head noun: the last
// word, or in "X of Y" and "X for Y" the last word of X ("Line of
// Control", "Bank of England", "Commission for England and Wales"). A
// "for" counts before at most maxForWords words and after no corporate
// word: "Morgan Guaranty Ltd for Saab Scania" is one company acting for
// another.
func headType(d *Document, i, j int) (graph.Type, bool) {
	h := j - 1
	for k := i + 1; k < j; k++ {
		l := low(d.Tokens[k])
		if l == "of" || l == "for" && j-k-1 <= maxForWords && !corporateWords[strings.TrimSuffix(low(d.Tokens[k-1]), ".")] {
			h = k - 1
			break
		}
		if l == "for" {
			return "", false
		}
	}
	if !d.Tokens[h].Cap() {
		return "", false
	}
	t, ok := headNouns[strings.TrimSuffix(low(d.Tokens[h]), ".")]
	return t, ok
}
