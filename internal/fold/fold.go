// Package fold holds what the trained models' feature hashes share (the
// recognizer in entities/ner and the tagger and parser in entities/syntax):
// the character folding (lower case, every digit written as 0), the
// word-shape classes, the string hash (FNV-1a) and the bit mixer.
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

// ShapeRune is r's class in a word shape: 'X' for an upper-case letter,
// 'x' for any other letter, 'd' for a digit, r itself for anything else
// (which is never one of those three letters).
func ShapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// Mix scrambles the bits of h (splitmix64's finaliser) so that nearby
// inputs land far apart in a hash table; the result is never 0, which the
// models' tables use to mark an empty slot.
func Mix(h uint64) uint64 {
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

// FNVOffset is the 64-bit FNV-1a hash of nothing, where hashing starts.
const FNVOffset = 14695981039346656037

// fnvPrime is the 64-bit FNV prime.
const fnvPrime = 1099511628211

// FNVByte goes on from hash h with byte c (64-bit FNV-1a).
func FNVByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// FNVString goes on from hash h with the bytes of s.
func FNVString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// FNVBytes goes on from hash h with the bytes of s.
func FNVBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// ASCII reports whether s is all ASCII (lower-casing it then keeps every
// byte in place).
func ASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AllCaps reports whether the letters of s are all upper case (at least
// one letter; a letter without case, such as a CJK one, is no capital).
// The gazetteer caches it for its aliases (gazetteer.Alias.ShortCaps) and
// the entities rules ask it of the text they read.
func AllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII, without the Unicode tables
			switch {
			case 'a' <= r && r <= 'z':
				return false
			case 'A' <= r && r <= 'Z':
				n++
			}
			continue
		}
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}
