package syntax

import (
	"github.com/newsgraph/newsgraph/internal/fold"
)

// Features are 64-bit hashes: FNV-1a over a word's bytes, combined with a
// template number and other parts by multiply-add and one final mix, so
// no feature string is ever built.

const (
	k1 = 0x9E3779B97F4A7C15
	k2 = 0xC2B2AE3D27D4EB4F
	k3 = 0x165667B19E3779F9
	k4 = 0xD6E8FEB86659FD93
)

// fin mixes the bits of h; the result is never 0, which marks an empty
// slot in a table.
func fin(h uint64) uint64 { return fold.Mix(h) }

func f1(t, a uint64) uint64          { return fin(t*k1 + a*k2) }
func f2(t, a, b uint64) uint64       { return fin(t*k1 + a*k2 + (b^k4)*k3) }
func f3(t, a, b, c uint64) uint64    { return fin(t*k1 + a*k2 + (b^k4)*k3 + fin(c)*k4) }
func f4(t, a, b, c, d uint64) uint64 { return fin(t*k1 + a*k2 + (b^k4)*k3 + fin(c)*k4 + fin(d^k1)*k1) }

// wordInfo is what the tagger and parser read of one word, computed once.
type wordInfo struct {
	form   uint64    // exact form
	lower  uint64    // lower case, digits as 0
	pre    [3]uint64 // first 1..3 bytes of lower
	suf    [4]uint64 // last 1..4 bytes of lower
	shape  uint64    // "Xxxx"→"Xx", "1,000"→"d,d"
	flags  uint64
	length uint64 // in runes, capped at 8
	c1, c2 uint64 // coarse and fine word clusters (0: none)
}

// Word flags.
const (
	flagCap = 1 << iota
	flagUpper
	flagDigit
	flagHyphen
	flagLetter
	flagFirst // first word of the sentence
)

func newWordInfo(s string, first bool) wordInfo {
	var wi wordInfo
	wi.form = fold.FNVString(fold.FNVOffset, s)
	var buf [64]byte
	b := buf[:0]
	h := uint64(fold.FNVOffset)
	var last rune = -1
	n, upper, lower := 0, 0, 0
	for _, r := range s {
		n++
		c := fold.ShapeRune(r)
		switch c {
		case 'X':
			upper++
		case 'x':
			lower++
		case 'd':
			wi.flags |= flagDigit
		case '-':
			wi.flags |= flagHyphen
		}
		if n == 1 && c == 'X' {
			wi.flags |= flagCap
		}
		if c != last {
			h = fold.FNVString(h, string(c))
			last = c
		}
		b = fold.AppendRune(b, r)
	}
	if n == 1 {
		h = fold.FNVString(h, "1")
	}
	if upper > 0 && lower == 0 {
		wi.flags |= flagUpper
	}
	if upper+lower > 0 {
		wi.flags |= flagLetter
	}
	if first {
		wi.flags |= flagFirst
	}
	wi.shape = h
	wi.length = uint64(min(n, 8))
	lh := uint64(fold.FNVOffset)
	for i, c := range b {
		lh = fold.FNVByte(lh, c)
		if i < 3 && i < len(b)-1 {
			wi.pre[i] = lh
		}
	}
	wi.lower = lh
	sh := uint64(fold.FNVOffset)
	for i := 0; i < 4 && i < len(b); i++ {
		sh = fold.FNVByte(sh, b[len(b)-1-i])
		wi.suf[i] = sh
	}
	return wi
}
