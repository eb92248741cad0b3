package ner

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// openingPersons adds a person for the word opening a sentence that the
// model left untagged ("Quillby was born in ...", "Quillby attended
// ..."): a biography names its subject by surname alone, and at a
// sentence's start the capital tells the model nothing. The word must be
// capitalised, in letters (hyphen-joined words count), no word that
// begins no name, unknown to the word clusters (unlabelled news never
// wrote it, so it is no common word capitalised by the sentence start:
// "Police attended") or one that news capitalises almost always inside a
// sentence (capb 5: a name, "Eliot attended"), and followed by a
// predicate only people take (lexicon.PersonPredicates).
func (m *Model) openingPersons(s []string, cs []Chunk) []Chunk {
	if len(s) < 2 || len(cs) > 0 && cs[0].Start == 0 || !capitalised(s[0]) || nonNames[strings.ToLower(s[0])] || !lettersOrHyphens(s[0]) {
		return cs
	}
	if t := m.wordTok(s[0]); t.c1 != 0 && t.capb != 5 || !predicateAt(s, 1) {
		return cs
	}
	return append([]Chunk{{Type: FinePerson, Start: 0, End: 1}}, cs...)
}

// predicateAt reports whether one of lexicon.PersonPredicates starts at
// s[i].
func predicateAt(s []string, i int) bool {
	return lexicon.PersonPredicates.StartsAt(len(s), i, func(j int) string { return strings.ToLower(s[j]) })
}

// lettersOrHyphens reports whether w is letters, hyphens between them
// allowed ("Levi-Montalcini").
func lettersOrHyphens(w string) bool {
	prev := '-'
	for _, r := range w {
		if r == '-' && prev == '-' || r != '-' && !unicode.IsLetter(r) {
			return false
		}
		prev = r
	}
	return prev != '-'
}
