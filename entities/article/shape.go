// The shapes of paragraphs the cleaning rules test: word counts, body
// text or headline, a date alone, the share of capitals.

package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordCount counts the words of s, stopping at limit. Words are separated
// by spaces; no byte of a multi-byte UTF-8 sequence is a space, so the
// bytes can be read one at a time.
func wordCount(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
			continue
		}
		if !in {
			in = true
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}

// lastRune returns the last rune of s that is not a closing quote or
// bracket.
func lastRune(s string) rune {
	s = strings.TrimRight(s, "\"'”’»)]*_ ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// bodyLike reports whether p reads as a paragraph of article prose: at
// least 20 words, ending as a sentence ends.
func bodyLike(p string) bool {
	if wordCount(p, 20) < 20 {
		return false
	}
	switch lastRune(p) {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// headlineLike reports whether p is shaped like a headline or a link to
// another article: 1–20 words, at most 160 characters, not ending in
// ".", ":", ";", ",", a dash (a question or exclamation mark may end a
// headline) or a function word such as "of" or "the" (a broken line).
func headlineLike(p string) bool {
	if p == "" || len(p) > 4*160 || utf8.RuneCountInString(p) > 160 || wordCount(p, 21) > 20 {
		return false
	}
	switch lastRune(p) {
	case '.', ':', ';', ',', '…', '-', '–', '—':
		return false
	}
	last := p[strings.LastIndexByte(p, ' ')+1:]
	_, fn := functionWords[strings.ToLower(last)]
	return !fn || !strings.Contains(p, " ")
}

// dateOnly reports whether p is just a date, possibly labelled
// ("Updated: 18 May 2025 10:30 IST").
func dateOnly(p string) bool {
	if len(p) > 80 {
		return false
	}
	m, ok := findDate(p)
	if !ok {
		return false
	}
	rest := strings.TrimSpace(metaLabelRe.ReplaceAllString(p[:m.start], "") + p[m.end:])
	return strings.Trim(rest, " ,.;:|-–—()") == ""
}

// capitalRatio is the share of words that start with an upper-case letter,
// among words that start with a letter.
func capitalRatio(s string) float64 {
	caps, words := 0, 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘(["))
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(caps) / float64(words)
}

// sameText compares two lines ignoring case, punctuation and spacing.
func sameText(a, b string) bool {
	if la, lb := len(a), len(b); la > 2*lb+8 || lb > 2*la+8 {
		return false
	}
	// The lines are the same when their letters and digits, lower-cased,
	// are the same non-empty sequence. They are compared as they are read,
	// without building the sequences.
	i, j, any := 0, 0, false
	for {
		var ra, rb rune
		ra, i = nextKeyRune(a, i)
		rb, j = nextKeyRune(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return any
		}
		any = true
	}
}

// nextKeyRune returns the first letter or digit of s at or after byte i,
// lower-cased, and the offset after it; -1 and len(s) when there is none.
func nextKeyRune(s string, i int) (rune, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				return rune(c), i
			case 'A' <= c && c <= 'Z':
				return rune(c + 'a' - 'A'), i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), i
		}
	}
	return -1, len(s)
}
