package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// More of the contexts in which a one-word name that only the trained
// recognizer typed as an organization or place is a person
// (lonePersonCues reads them with its own):
//   - listed with a person: "Ostby and Varga started ...", where the
//     recognizer typed "Ostby" a person; names joined by "and" or commas
//     are of one kind;
//   - appointed or elected to a role: "X was appointed Regius Professor",
//     "X was elected chairman";
//   - after "as" and a role: "As governor, X raised taxes";
//   - the subject of a sentence, at its start or after a fronted clause,
//     that the next sentence continues with "He" or "She": "X was the
//     recipient of ... . He was elected ...", "With the help of Y, X
//     received ... . He ..." (mainSubject, personsubject.go);
//   - where only a person stands (personObject, personsubject.go):
//     "divorced from X", "He soon met X and Y", "X and her husband";
//   - succeeding a person in a role: "X succeeded Tam Brell as dean".

// roleVerbs are the participles after "was" that give a person a role.
var roleVerbs = map[string]bool{"appointed": true, "elected": true, "re-elected": true, "named": true, "made": true, "promoted": true}

// personContext reports whether lone model-typed mention i of ms stands
// in one of the contexts above.
func personContext(d *Document, ms []Mention, i int) bool {
	m := ms[i]
	return listedWithPerson(d, ms, i) || personObject(d, ms, i) || appointedAfter(d, m.TokEnd) || asRoleBefore(d, m.TokStart) || pronounContinues(d, ms, i) || succeedsPerson(d, ms, m.TokEnd)
}

// succeedsPerson reports whether "succeeded" or "replaced" and a
// person's name start at token k, and "as" follows the name: "X
// succeeded Tam Brell as professor" (a body succeeds in something, or
// another body).
func succeedsPerson(d *Document, ms []Mention, k int) bool {
	if k+1 >= len(d.Tokens) {
		return false
	}
	switch low(d.Tokens[k]) {
	case "succeeded", "succeeds", "replaced", "replaces":
	default:
		return false
	}
	for _, o := range ms {
		if o.Type == graph.Person && o.TokStart == k+1 && o.TokEnd < len(d.Tokens) && low(d.Tokens[o.TokEnd]) == "as" {
			return true
		}
	}
	return false
}

// listedWithPerson reports whether mention i is in a list with a
// person's mention: names joined by commas, "and" or "or" (listJoined),
// at least one "and" or "or" among them (two names with only a comma
// between are a name and its apposition: "at Vestby , Tam Brell"), every
// other name a person's of one word or one only the recognizer typed,
// and mention i named only there, not after a preposition of place ("to
// Vestby"). A name the article repeats has other contexts to type it by:
// a list alone is too weak to type them all ("Quillby" may be the company
// of the one-word person listed with it).
func listedWithPerson(d *Document, ms []Mention, i int) bool {
	if k := ms[i].TokStart; k > 0 && placeBeforeWords[low(d.Tokens[k-1])] {
		return false
	}
	name := ms[i].Text(d)
	for j, o := range ms {
		if j != i && strings.EqualFold(o.Text(d), name) {
			return false // named again: a list is too weak to type every mention
		}
	}
	list := []Mention{ms[i]}
	for grown := true; grown; {
		grown = false
		for _, o := range ms {
			if listJoined(d, o, list[0]) {
				list = append([]Mention{o}, list...)
				grown = true
			} else if listJoined(d, list[len(list)-1], o) {
				list = append(list, o)
				grown = true
			}
		}
	}
	person, conj := false, false
	for j, o := range list {
		if o.Type != graph.Person && !modelTyped(d, o) {
			return false // a known organization or place: "Mobil , Shell and X" lists companies
		}
		if o.Type == graph.Person && o.TokEnd-o.TokStart > 1 {
			return false // "Tam Brell and X": a person named in full beside a one-word name may be beside a body
		}
		person = person || o.Type == graph.Person
		if j > 0 {
			conj = conj || !onlyCommas(d, list[j-1].TokEnd, o.TokStart)
		}
	}
	return person && conj
}

// appointedAfter reports whether "was" or "is", a participle of
// roleVerbs and a role start at token k: "was appointed Regius
// Professor", "was elected party chairman". Up to two capitalised words
// or role modifiers may stand before the role noun.
func appointedAfter(d *Document, k int) bool {
	if k+2 >= len(d.Tokens) {
		return false
	}
	switch low(d.Tokens[k]) {
	case "was", "is":
	default:
		return false
	}
	if !roleVerbs[low(d.Tokens[k+1])] {
		return false
	}
	j := k + 2
	if j < len(d.Tokens) {
		switch low(d.Tokens[j]) {
		case "the", "a", "an", "as":
			j++
		}
	}
	for n := 0; n < 3 && j < len(d.Tokens); n, j = n+1, j+1 {
		t := d.Tokens[j]
		if roleNouns[low(t)] {
			return true
		}
		if !(t.Word() && t.Cap()) && !roleModifiers[low(t)] {
			return false
		}
	}
	return false
}

// asRoleBefore reports whether "as", a role and a comma end right before
// token k, at the start of a sentence: "As governor, X", "As chief
// executive, X".
func asRoleBefore(d *Document, k int) bool {
	if k < 3 || d.Tokens[k-1].Text != "," || !roleNouns[low(d.Tokens[k-2])] {
		return false
	}
	j := k - 3
	for j > 0 && roleModifiers[low(d.Tokens[j])] {
		j--
	}
	return low(d.Tokens[j]) == "as" && isSentenceStart(d, j)
}

// pronounContinues reports whether mention i is the subject of its
// sentence's main clause (mainSubject), the next sentence starts with
// "He" or "She", and no other person is named after it in the sentence
// but as a word of a longer name ("the Tam Brell Award"): "He" may be
// the other person ("Vestby hired Tam Brell. He said"). A person in a
// fronted clause does not compete with the subject ("With the help of
// Tam Brell, Quillby won the prize. He ...").
func pronounContinues(d *Document, ms []Mention, i int) bool {
	m := ms[i]
	si := sentenceOf(d, m.Start)
	if si < 0 || si+1 >= len(d.Sentences) || !mainSubject(d, si, m) {
		return false
	}
	next := d.Sentences[si+1].TokStart
	if next >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[next].Text {
	case "He", "She":
	default:
		return false
	}
	for _, o := range ms {
		if o.Type == graph.Person && o.Start > m.Start && sentenceOf(d, o.Start) == si && !nameModifier(d, o) {
			return false
		}
	}
	return true
}
