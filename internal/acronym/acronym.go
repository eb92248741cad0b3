package acronym

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letters returns the capitals and digits s spells when s is written as
// an acronym: two capitals or more and nothing but letters and digits. A
// plural "s" at the end is not spelled: "LoC" → "LC", "DGMOs" → "DGMO",
// "G7B" → "G7B". ok is false, and letters "", for any other word
// ("Reuters", "G7", "JD(U)", "U.S.").
func Letters(s string) (letters string, ok bool) {
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			return "", false
		}
	}
	if caps < 2 {
		return "", false
	}
	var b strings.Builder
	for _, r := range strings.TrimSuffix(s, "s") {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// WriteInitials writes to b the initials word adds to a name's: of each
// part of it between periods, the part whole when it starts with a digit,
// else its first character in capitals ("U.S." → "US", "7" → "7",
// "bank" → "B"). A part that skip reports true for adds nothing; skip
// may be nil.
func WriteInitials(b *strings.Builder, word string, skip func(part string) bool) {
	for _, part := range strings.FieldsFunc(word, func(r rune) bool { return r == '.' }) {
		if skip != nil && skip(part) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(part)
		if unicode.IsDigit(r) {
			b.WriteString(part)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
}
