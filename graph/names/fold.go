package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// SurfaceFold is the comparison form of a surface name used by splits and
// alias removal: letters and digits lower-cased without diacritics, every
// other run of characters one space, a leading "the" and a trailing
// possessive dropped. "The U.S.'s" and "u s" fold alike.
func SurfaceFold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '.' || r == '\'' || r == '’':
			if r != '.' {
				space = true
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	f := strings.TrimPrefix(b.String(), "the ")
	return strings.TrimSuffix(f, " s")
}
