// Package fold holds the one character folding the trained models'
// feature hashes share (the recognizer in entities/ner and the tagger and
// parser in entities/syntax): lower case, every digit written as 0.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// AppendRune appends r to b lower-cased, or as '0' when r is a digit.
// ASCII takes a fast path; the result is the same as for any other rune.
func AppendRune(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if '0' <= c && c <= '9' {
			c = '0'
		}
		return append(b, c)
	case unicode.IsDigit(r):
		return append(b, '0')
	default:
		return utf8.AppendRune(b, unicode.ToLower(r))
	}
}
