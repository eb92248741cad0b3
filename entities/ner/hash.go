package ner

import (
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/internal/fold"
)

// Features are 64-bit hashes: FNV-1a over the bytes of a string, then
// mixed with a template number, so no feature string is ever built.

// mix combines a hash with another value; the result is never 0, which
// marks an empty slot in a table.
func mix(a, b uint64) uint64 { return fold.Mix(a*0x9E3779B97F4A7C15 + b) }

// lowerHash hashes the lower case of s with digits written as 0, and
// hashes of its first and last 1..4 bytes (byte, not rune, prefixes: the
// hashes need only be consistent).
func lowerHash(s string, pre, suf *[4]uint64) uint64 {
	var buf [64]byte
	b := buf[:0]
	for _, r := range s {
		b = fold.AppendRune(b, r)
	}
	*pre = [4]uint64{}
	h := uint64(fold.FNVOffset)
	for i, c := range b {
		h = fold.FNVByte(h, c)
		if i < 4 && i < len(b)-1 {
			pre[i] = h
		}
	}
	s2 := uint64(fold.FNVOffset)
	*suf = [4]uint64{}
	for i := 0; i < 4 && i < len(b)-1; i++ {
		s2 = fold.FNVByte(s2, b[len(b)-1-i])
		suf[i] = s2
	}
	return h
}

// wordHash hashes s exactly.
func wordHash(s string) uint64 { return fold.FNVString(fold.FNVOffset, s) }

// shape writes a token's shape: X for upper-case letters, x for lower,
// d for digits, other characters as they are, runs collapsed ("Xx",
// "d.d", "X.X."). It returns the shape's hash and word flags.
func shape(s string) (h uint64, f uint8) {
	h = fold.FNVOffset
	var last rune = -1
	n, upper, lower, digit := 0, 0, 0, 0
	for _, r := range s {
		c := fold.ShapeRune(r)
		switch c {
		case 'X':
			upper++
		case 'x':
			lower++
		case 'd':
			digit++
		}
		if n == 0 && c == 'X' {
			f |= flagCap
		}
		n++
		if c != last {
			if c < utf8.RuneSelf {
				h = fold.FNVByte(h, byte(c))
			} else {
				h = fold.FNVString(h, string(c))
			}
			last = c
		}
	}
	if upper > 0 && lower == 0 {
		f |= flagUpper
	}
	if digit > 0 {
		f |= flagDigit
	}
	if upper+lower > 0 {
		f |= flagLetter
	}
	if n == 1 {
		h = fold.FNVByte(h, '1')
	}
	return h, f
}

// Word flags.
const (
	flagCap    = 1 << iota // starts with an upper-case letter
	flagUpper              // has letters, all upper case
	flagDigit              // has a digit
	flagLetter             // has a letter
)

// gazNorm appends the gazetteer key of one token ("U.S." → "us",
// "Al-Qaeda" → "al qaeda") to b.
func gazNorm(b []byte, tok string) []byte {
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			return append(b, gazetteer.Key(tok)...)
		}
	}
	space := false
	start := len(b)
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c == '\'' || c == '`' || c == '.':
			continue
		case c == '-' || c == '_' || c == '/':
			space = len(b) > start
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
