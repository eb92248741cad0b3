package ner

import (
	"unicode"
	"unicode/utf8"
)

// typeAcronyms applies what a document says about its acronyms: an
// acronym in parentheses right after a name ("Action Démocratique du
// Québec (ADQ)", "World Health Organization (WHO)") stands for that name,
// so it takes the name's type, and so does every other mention of the
// acronym alone in the document. The model, seeing an acronym alone, often
// calls a party's an organization. Names of persons and misc names define
// nothing (see definesAcronym). chunks is changed in place; an acronym the
// model missed inside the parentheses is added.
func typeAcronyms(sents [][]string, chunks [][]Chunk) {
	var defined map[string]string
	for si, s := range sents {
		cs := chunks[si]
		for ci := 0; ci < len(cs); ci++ {
			c := cs[ci]
			e := c.End
			if !definesAcronym[c.Type] || e+2 >= len(s) || s[e] != "(" || s[e+2] != ")" || !acronym(s[e+1]) {
				continue
			}
			if defined == nil {
				defined = map[string]string{}
			}
			defined[s[e+1]] = c.Type
			switch {
			case ci+1 < len(cs) && cs[ci+1].Start == e+1 && cs[ci+1].End == e+2:
				cs[ci+1].Type = c.Type
			case ci+1 == len(cs) || cs[ci+1].Start > e+1:
				cs = append(cs, Chunk{})
				copy(cs[ci+2:], cs[ci+1:])
				cs[ci+1] = Chunk{Type: c.Type, Start: e + 1, End: e + 2}
			}
			chunks[si] = cs
		}
	}
	if defined == nil {
		return
	}
	for si, cs := range chunks {
		for i, c := range cs {
			if t, ok := defined[sents[si][c.Start]]; ok && c.End == c.Start+1 {
				cs[i].Type = t
			}
		}
	}
}

// definesAcronym are the types whose names define an acronym in
// parentheses; after a person's name they hold a party, a constituency or
// a title ("(R-TX)", "(MP)").
var definesAcronym = map[string]bool{
	FineParty: true, FineOrganization: true, FineCountry: true, FineEvent: true, FinePlace: true,
	"ORG": true, "LOC": true,
}

// acronym reports whether w looks like an acronym: two to eight letters
// or digits, starting with a capital, with at least two capitals and more
// capitals than lower-case letters ("ADQ", "PML-N", "PdL").
func acronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 8 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r) || r == '-' || r == '&':
		default:
			return false
		}
	}
	return upper >= 2 && upper > lower
}
