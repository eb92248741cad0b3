package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A block whose lines do not look hard-wrapped as a whole (wrapped) is
// split into one paragraph per line, as scraped text puts each paragraph
// or heading on a line of its own. A wire editor's re-wrapping can leave
// one short line inside a wrapped paragraph, though ("Earlier today, the
// minister " over "imposed new duties on ..."), and the width test then
// fails for the whole block. A line that ends without sentence-final
// punctuation, followed by a line that starts in lower case, is one
// sentence cut in two: neither a heading nor a paragraph ends that way
// with the next one starting in lower case. appendLines joins such lines.

// appendLines appends the lines of block to out, each its own paragraph
// except that a line continuing the sentence of the line before
// (continuesLine) is joined to it, in a block as wide as hard-wrapped
// text is (25-120 characters, as wrapped asks): short lines of
// scraped text stay apart.
func appendLines(out, block []string, widths []int) []string {
	if w := slices.Max(widths); w < 25 || w > 120 {
		return append(out, block...)
	}
	start := len(out)
	for i, l := range block {
		if i > 0 && len(out) > start && continuesLine(block[i-1], l) {
			out[len(out)-1] += " " + l
			continue
		}
		out = append(out, l)
	}
	return out
}

// continuesLine reports whether line next continues the sentence of line
// prev: prev ends without sentence-final punctuation (closing quotes and
// brackets aside, as lastRune reads it) and next starts with a lower-case
// letter, or prev ends in a word that cannot end a sentence (openWords)
// and next starts with a letter, a digit or a ticker's "<".
func continuesLine(prev, next string) bool {
	if prev == "" || strings.ContainsRune(".!?…:;\"”'’)]", lastRune(prev)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	return openWords[last] && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '<')
}

// openWords cannot end a sentence or a heading: a line ending in one
// goes on in the next line, whatever that line starts with ("the
// acquisition of" over "First National Bank").
var openWords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "to": true, "for": true,
	"and": true, "or": true, "in": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"its": true, "their": true, "his": true, "her": true}
