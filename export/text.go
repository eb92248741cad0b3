package export

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns s as every writer writes it: invalid UTF-8 replaced by
// U+FFFD and the characters XML 1.0 forbids removed (C0 controls other
// than tab, newline and carriage return, surrogates, U+FFFE and U+FFFF).
// Text that is already clean is returned unchanged without allocating.
func Clean(s string) string {
	for i, r := range s {
		if r == utf8.RuneError || !xmlChar(r) {
			return cleanFrom(s, i)
		}
	}
	return s
}

func cleanFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for len(s[i:]) > 0 {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case xmlChar(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 allows r (production [2] Char).
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false
	case r <= 0xFFFD:
		return true
	default:
		return r >= 0x10000 && r <= utf8.MaxRune
	}
}

// oneLine cleans s for a one-line label: line and paragraph breaks, tabs
// and other spaces become one space each, runs of spaces shrink to one,
// DEL and the C1 control characters (invisible, and dropped by Graphviz)
// are removed, and leading and trailing spaces are trimmed.
func oneLine(s string) string {
	s = Clean(s)
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			space = b.Len() > 0
			continue
		case r == 0x7f || r >= 0x80 && r <= 0x9f:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// truncate cuts s to at most n runes, ending with "…" when it was cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for j := range s {
		if k == n-1 {
			i = j
			break
		}
		k++
	}
	return strings.TrimRight(s[:i], " ") + "…"
}

// sortedKeys returns m's keys in increasing order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
