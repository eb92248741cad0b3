package article

import "unicode/utf8"

// bylineOpeners are the first words of the labels bylineRe knows.
var bylineOpeners = map[string]bool{"by": true, "written": true, "reported": true, "posted": true, "story": true,
	"words": true, "text": true, "edited": true, "compiled": true, "updated": true, "author": true, "authors": true, "byline": true}

// mayBeByline is a quick necessary condition for bylineRe to match s:
// s opens with one of bylineOpeners, in any case, followed by no letter
// (the regexp wants white space or ":", "-", "–" after a label). A first
// word holding a byte beyond ASCII is left to the regexp, whose case
// folding knows more than ASCII ("ſ" is an "s").
func mayBeByline(s string) bool {
	var buf [8]byte // the longest opener
	i := 0
	for ; i < len(s) && isLetter(s[i]); i++ {
		if i == len(buf) {
			return false
		}
		buf[i] = s[i] | 0x20
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return true
	}
	return bylineOpeners[string(buf[:i])]
}
