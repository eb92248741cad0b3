package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/internal/fold"
)

// Key normalises a surface form for lookup. It applies Unicode NFKD and
// drops combining marks ("Bogotá" → "bogota"), folds a few letters that
// have no decomposition (ø→o, ł→l, đ→d, ħ→h, ı→i, ß→ss, æ→ae, œ→oe,
// þ→th, ð→d), lower-cases, removes apostrophes (' ’ ‘ ʼ ʻ `) and dots,
// turns hyphens, dashes, underscores, slashes and white space into single
// spaces and trims the result.
//
// So "S. Jaishankar" and "S Jaishankar" share a key, as do "Bhutto-Zardari"
// and "Bhutto Zardari", and "U.S." and "US" both give "us". Other
// punctuation (commas, parentheses, ampersands) is kept.
//
// Key is idempotent, Key(Key(s)) == Key(s), and always returns valid UTF-8
// (invalid bytes become U+FFFD).
func Key(s string) string {
	if isKey(s) {
		return s
	}
	if fastKeyable(s) {
		var b strings.Builder
		b.Grow(len(s))
		writeFastKey(&b, s)
		return b.String()
	}
	k := unicodeKey(s)
	// Lower-casing a decomposed letter can, for a handful of compatibility
	// characters, yield a letter that decomposes again; one more round
	// reaches the fixed point.
	if !norm.NFKD.IsNormalString(k) {
		k = unicodeKey(k)
	}
	return k
}

// KeyLower is Key(s) for a caller that holds s in lower case already
// (lower == strings.ToLower(s)): where s is ASCII and lower is its own
// key, Key(s) is lower (lowering is all the key does to such a word),
// which KeyLower returns without building a string.
func KeyLower(s, lower string) string {
	if len(lower) == len(s) && isKey(lower) && fold.ASCII(s) {
		return lower
	}
	return Key(s)
}

// isKey reports whether ASCII s is its own key, which Key then returns
// without allocating.
func isKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '\'', c == '`', c == '.', c == '-', c == '_', c == '/',
			'\t' <= c && c <= '\r', c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// latinFold maps the precomposed letters of Latin-1 Supplement and Latin
// Extended-A/B (U+00C0–U+024F) to what unicodeKey makes of them alone:
// NFKD, combining marks removed, lower case, letterFold. Letters that do
// not become plain ASCII letters are left out.
var latinFold = func() map[rune]string {
	m := make(map[rune]string)
	for r := rune(0xC0); r <= 0x24F; r++ {
		k := unicodeKey(string(r))
		ok := k != ""
		for i := 0; i < len(k); i++ {
			ok = ok && 'a' <= k[i] && k[i] <= 'z'
		}
		if ok {
			m[r] = k
		}
	}
	return m
}()

// fastKeyable reports whether every rune of s is ASCII or in latinFold,
// which is the case for most text in the gazetteer ("Bogotá", "Łódź"):
// writeFastKey then gives what the NFKD path gives, without normalising.
func fastKeyable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				switch r {
				case '\u2018', '\u2019', '\u2013', '\u2014':
					continue
				}
				if _, ok := latinFold[r]; !ok && r >= utf8.RuneSelf {
					return false
				}
			}
			return true
		}
	}
	return true
}

// writeFastKey writes Key(s) to b for a fastKeyable s.
func writeFastKey(b *strings.Builder, s string) {
	start := b.Len()
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '`' || r == '.' || r == '\u2019' || r == '\u2018':
			continue
		case r == '-' || r == '_' || r == '/' || r == ' ' || ('\t' <= r && r <= '\r') || r == '\u2013' || r == '\u2014':
			space = b.Len() > start
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteString(latinFold[r])
		}
	}
}

// unicodeKey is one round of Key for input that is not ASCII.
func unicodeKey(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isApostrophe(r) || r == '.':
			continue
		case isSeparator(r):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(r)
		if f, ok := letterFold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u2019', '\u2018', '\u02bc', '\u02bb':
		return true
	}
	return false
}

func isSeparator(r rune) bool {
	switch r {
	case '-', '_', '/',
		'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return unicode.IsSpace(r)
}

// letterFold maps lower-case letters that NFKD leaves alone to the Latin
// letters English text writes for them.
var letterFold = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ħ': "h", 'ı': "i",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d",
}
