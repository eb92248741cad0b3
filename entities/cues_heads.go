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

// facilityHeads are the head nouns of places a body builds and runs
// ("Port", "Airport"): such a name does not outrank its town's reading.
var facilityHeads = lexicon.Set("place_facility_heads")

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
// Industry" the words after "and" are no name of their own, in "X
// Bank and Trust Company" they are head nouns alone, and in "X Trust and
// Savings Bank" they end as a company's name does.
func coordinatedHeads(d *Document, i, j int) int {
	for k := i + 2; k < j-2; k++ {
		if d.Tokens[k].Text != "and" {
			continue
		}
		if !headNounAt(d, i, k) || !headNounAt(d, k+1, j) {
			return -1
		}
		if l := strings.TrimSuffix(low(d.Tokens[j-1]), "."); corporateWords[l] || companyHeads[l] {
			return -1 // "X Trust and Savings Bank", "X Trust and Banking Co": one company
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

// headNoun types a capitalised run by its head noun.
func (c *cueRecognizer) headNoun(d *Document, s Sentence, i int, out []Mention) []Mention {
	// Head noun: "Taliban Sanctions Committee", "Counter-Terrorism Committee".
	if c.insideHeaded(d, s, i) {
		return out // "Bay of [Tarnwick and Velm Region]"
	}
	if e := capRun(d, i, s.TokEnd); e > i+1 {
		typ, ok := headType(d, i, e)
		if !ok {
			// "Marlow Valley and Tarn Counties": the name before "and"
			// has a head of its own.
			e = beforeAnd(d, i, e)
			typ, ok = headType(d, i, e)
		}
		if ok {
			if typ == graph.Organization && e+1 < s.TokEnd && low(d.Tokens[e]) == "on" && d.Tokens[e+1].Cap() {
				if f := capRun(d, e+1, s.TokEnd); !dateWord(d.Tokens[e+1]) && !dateWord(d.Tokens[f-1]) && !headNounAt(d, e+1, f) && !c.placeIn(e+1, f) {
					e = f // "Council on Foreign Relations", "Committee on Ways and Means"; not "University of X on Sardinia"
				}
			}
			b := skipOpeners(d, i, e)
			if typ == graph.Organization && b == i && b > s.TokStart && isOrdinal(low(d.Tokens[b-1])) {
				b-- // "20th Armoured Brigade": a unit's number is part of its name
			}
			if e-b >= 2 && !c.known(b, e) && !onlyRoleWords(d, b, e) && (!c.isHeadline(d, s) || wholeField(d, s, b, e)) {
				if k := coordinatedHeads(d, b, e); k > 0 {
					// Two names joined, each typed by its own head.
					t1, _ := headType(d, b, k)
					t2, _ := headType(d, k+1, e)
					return append(out, c.headMention(d, b, k, t1), c.headMention(d, k+1, e, t2))
				}
				out = append(out, c.headMention(d, b, e, typ))
			}
		}
	}
	return out
}

// headMention is the mention of the phrase [b, e) that its head noun
// types typ.
func (c *cueRecognizer) headMention(d *Document, b, e int, typ graph.Type) Mention {
	score := ScoreHead
	if (typ == graph.Organization || typ == graph.Party && !hasOf(d, b, e)) && c.placeModifier(b, e) {
		// "Bank of Greece" outranks "Greece", "Ostrian Labour Party"
		// "Ostrian"; "Labour Party of Ostria" leaves the country its name.
		score = ScoreStrong
	}
	if typ == graph.Place && !facilityHeads[low(d.Tokens[e-1])] && c.townWithin(b, e) {
		score = ScoreStrong // "Marlow Valley" outranks the town of Marlow
	}
	return Mention{Start: d.Tokens[b].Start, End: d.Tokens[e-1].End, TokStart: b, TokEnd: e, Type: typ, Source: "head", Score: score}
}

// placeIn reports whether the gazetteer read a country or place in [i, j).
func (c *cueRecognizer) placeIn(i, j int) bool {
	for k := i; k < j; k++ {
		if m, ok := c.typed[k]; ok && (m.Type == graph.Country || m.Type == graph.Place) {
			return true
		}
	}
	return false
}

// townWithin reports whether the gazetteer read a place, not a country,
// wholly inside the phrase [i, j) and shorter than it: a place named by
// its head noun ("Marlow Valley", "Tarn County") is no town of the same
// name, and the head noun alone is no town named by the word ("Valley").
// A country keeps its reading: "Ostria Gulf" still names Ostria.
func (c *cueRecognizer) townWithin(i, j int) bool {
	for k := i; k < j; k++ {
		if m, ok := c.typed[k]; ok {
			if m.Type == graph.Country {
				return false
			}
			if m.Type == graph.Place && m.TokEnd <= j && m.TokEnd-m.TokStart < j-i {
				return true
			}
		}
	}
	return false
}

// placeModifier reports whether the phrase [i, j) holds a country or place
// the gazetteer reads as a modifier of its head noun, wholly inside the
// phrase: "Bank of Greece", "London Stock Exchange", "Nigerian Air Force".
// Such a phrase names an institution of that place, so it outranks the
// place's own reading; the place is still a name elsewhere.
func (c *cueRecognizer) placeModifier(i, j int) bool {
	for k := i; k < j; k++ {
		m, ok := c.typed[k]
		if ok && (m.Type == graph.Country || m.Type == graph.Place) && m.TokEnd <= j && m.TokEnd-m.TokStart < j-i {
			return true
		}
	}
	return false
}

// beforeAnd returns the first "and" of the capitalised phrase [i, j) that
// follows two words or more, or j when there is none.
func beforeAnd(d *Document, i, j int) int {
	for k := i + 2; k < j; k++ {
		if d.Tokens[k].Text == "and" {
			return k
		}
	}
	return j
}

// wholeField reports whether the phrase [b, e) fills its line (between
// line breaks) or a field of it between separators: a line of title case that is one headed name
// ("Nuclear Safety Institute" under a signature, "News • Ostrian
// Department of Energy • Jobs") names that body; a heading holds other
// words.
func wholeField(d *Document, s Sentence, b, e int) bool {
	return (b == s.TokStart || d.Tokens[b].Break || fieldSeparator(d.Tokens[b-1].Text)) &&
		(e == s.TokEnd || d.Tokens[e].Break || fieldSeparator(d.Tokens[e].Text))
}

// fieldSeparator reports whether a token separates the fields of a line:
// "|", "•", "·".
func fieldSeparator(s string) bool { return s == "|" || s == "•" || s == "·" }

// hasOf reports whether "of" stands in the phrase [i, j).
func hasOf(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		if low(d.Tokens[k]) == "of" {
			return true
		}
	}
	return false
}

// insideHeaded reports whether token i goes on a headed phrase that
// starts two tokens before it, after a function word: "Bay of Tarnwick
// and Velm Region" is named from "Bay", so "Tarnwick and Velm Region"
// names nothing; in "Shares of Varnes Trust" no head opens the longer
// run, and "Varnes Trust" is read.
func (c *cueRecognizer) insideHeaded(d *Document, s Sentence, i int) bool {
	o := i - 2
	if o < s.TokStart || !functionWords[low(d.Tokens[i-1])] || d.Tokens[i-1].Cap() || !d.Tokens[o].Word() || !d.Tokens[o].Cap() {
		return false
	}
	e := capRun(d, o, s.TokEnd)
	return e > i && headNounAt(d, o, e)
}
