package entities

// This file types a capitalised phrase by its head noun, the word that
// says what kind of body or place the phrase names: "Bank of England" is
// a bank, so an organization; "Commission for England and Wales" a
// commission.

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// firstHeads open the names of schools, universities, institutes and
// museums in languages that put the head first ("École des Mines",
// "Scuola Superiore", "Universidad de X").
var firstHeads = lexicon.Set("institution_first_heads")

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
	if j-i >= 2 && d.Tokens[i].Cap() && firstHeads[low(d.Tokens[i])] {
		return graph.Organization, true // "Scuola Normale", "Collège de X"
	}
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

// coordinatedHeads returns the "and" that joins two names of bodies or
// places in the capitalised phrase [i, j), each of two words or more with
// a head noun of its own: "Northgate Prison and Elm Vale Prison",
// "University of X and Scuola Normale". It returns -1 when there is none:
// in "Commission for England and Wales" and "Department of Trade and
// Industry" the words after "and" are no name of their own, and in "X
// Bank and Trust Company" they are head nouns alone.
func coordinatedHeads(d *Document, i, j int) int {
	for k := i + 2; k < j-2; k++ {
		if d.Tokens[k].Text != "and" {
			continue
		}
		if !headNounAt(d, i, k) || !headNounAt(d, k+1, j) {
			return -1
		}
		for n := k + 1; n < j; n++ {
			l := strings.TrimSuffix(low(d.Tokens[n]), ".")
			if _, head := headNouns[l]; !head && !firstHeads[l] && !functionWords[l] {
				return k
			}
		}
		return -1
	}
	return -1
}
