package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// Clean removes page furniture from article text and normalises white
// space. The result has one paragraph per line, paragraphs separated by a
// blank line ("\n\n"), no leading or trailing space, and is in Unicode NFC.
// Clean is idempotent: Clean(Clean(s)) == Clean(s). The rules are listed in
// the package documentation under "Cleaning".
func Clean(text string) string {
	return strings.Join(cleanParagraphs(splitParagraphs(normalize(text)), furnitureMemo{}), "\n\n")
}

// trailingSignOffRe matches a lone capitalised word ending a paragraph
// right after a sentence ("... 14. REUTER", "... said. REUTER" once the
// lines are joined): a wire sign-off, never a sentence of its own. The
// sentence must end after a lower-case letter or digit, so "... the U.S.
// Congress" is kept.
var trailingSignOffRe = regexp.MustCompile(`[\p{Ll}\d]([.!?"”’)]+) \p{Lu}\p{L}{1,14}$`)

// dropTrailingSignOff removes a wire sign-off from the end of the last
// paragraph, after its final sentence (a sign-off paragraph of its own is
// dropTrailingList's), and the paragraph itself when what is left is
// furniture. It reports whether it changed anything.
func dropTrailingSignOff(paras []string) ([]string, bool) {
	n := len(paras)
	if n == 0 {
		return paras, false
	}
	last := paras[n-1]
	// A quick necessary condition before the regexp: a space followed by
	// a capitalised word ends the paragraph, after closing punctuation.
	sp := strings.LastIndexByte(last, ' ')
	if sp < 1 || len(last)-sp > 64 {
		return paras, false
	}
	if r, _ := utf8.DecodeLastRuneInString(last[:sp]); !strings.ContainsRune(`.!?"”’)`, r) {
		return paras, false
	}
	if r, _ := utf8.DecodeRuneInString(last[sp+1:]); !unicode.IsUpper(r) {
		return paras, false
	}
	loc := trailingSignOffRe.FindStringSubmatchIndex(last)
	if loc == nil {
		return paras, false
	}
	if last := paras[n-1][:loc[3]]; !isFurniture(last) {
		return append(paras[:n-1:n-1], last), true
	}
	return paras[:n-1], true
}

// cleanParagraphs applies the furniture rules: single furniture lines go
// first, then the rules that look at neighbouring lines run until nothing
// changes. furniture holds isFurniture's answers known so far.
func cleanParagraphs(paras []string, furniture furnitureMemo) []string {
	paras = dropFurniture(paras, furniture)
	for { // each pass removes text or ends the loop
		n := len(paras)
		paras = dropSlogan(paras)
		paras = dropMarkedSections(paras)
		paras = dropTrailingList(paras)
		var trimmed bool
		paras, trimmed = dropTrailingSignOff(paras)
		paras = dropRepeats(paras)
		if len(paras) == n && !trimmed {
			break
		}
	}
	return paras
}

// dropFurniture removes single furniture lines (see isFurniture) and
// repeated paragraphs.
func dropFurniture(paras []string, furniture furnitureMemo) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if !furniture.is(p) {
			out = append(out, p)
		}
	}
	return dropRepeats(out)
}

// dropRepeats removes a paragraph that repeats the one before it.
func dropRepeats(paras []string) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if len(out) > 0 && len(p) < 4096 && sameText(out[len(out)-1], p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// dropSlogan removes a site slogan printed above the headline: the first
// paragraph when isSlogan says so.
func dropSlogan(paras []string) []string {
	if len(paras) >= 3 && isSlogan(paras[0], paras[1]) {
		return paras[1:]
	}
	return paras
}

// isSlogan reports whether p, the first line of a page, is a slogan rather
// than a headline, given the line after it. A slogan is punctuated as a
// sentence (ends in a single "." after a plain word, not an abbreviation),
// is short (2–8 words), has no digits, is in title case (every word
// capitalised but short function words: "Connecting People, One Story at
// a Time.") and is followed by a headline: a headline-like line (see
// headlineLike) of at least three words that does not end in a full
// stop. Headlines are rarely punctuated, so a punctuated motto directly
// above an unpunctuated headline is furniture.
func isSlogan(p, next string) bool {
	n := wordCount(p, 9)
	if n < 2 || n > 8 || !strings.HasSuffix(p, ".") || strings.HasSuffix(p, "..") {
		return false
	}
	if strings.ContainsFunc(p, unicode.IsDigit) {
		return false
	}
	words := strings.Fields(p)
	if strings.Contains(strings.TrimSuffix(words[len(words)-1], "."), ".") {
		return false // "U.S."
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘("))
		if _, fn := functionWords[strings.ToLower(strings.Trim(w, ",.;:"))]; !unicode.IsUpper(r) && !fn {
			return false
		}
	}
	return headlineLike(next) && wordCount(next, 3) >= 3 && !strings.HasSuffix(next, ".")
}

// functionWords are short words that stay in lower case in title case, and
// that do not end a headline.
var functionWords = lexicon.Set("title_small_words")

// dropMarkedSections handles end-of-article headings ("Related Posts",
// "Also Read", "Comments"; see endMarker). The heading and the run of
// short, headline-like lines after it (the list of links) are removed.
// Everything from the heading on is removed when no body paragraph follows
// the list, or when the heading is a hard marker (comments, recent posts,
// more from ...) in the second half of the text.
func dropMarkedSections(paras []string) []string {
	total := 0
	for _, p := range paras {
		total += len(p)
	}
	out := paras[:0:0]
	before := 0
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		hard, ok := endMarker(p)
		if !ok {
			out = append(out, p)
			before += len(p)
			continue
		}
		j := i + 1
		for j < len(paras) && (headlineLike(paras[j]) || dateOnly(paras[j])) {
			j++
		}
		rest := false
		for _, q := range paras[j:] {
			if bodyLike(q) {
				rest = true
				break
			}
		}
		if !rest || (hard && before*2 >= total) {
			return out
		}
		i = j - 1
	}
	return out
}

// dropTrailingList removes a list of related headlines after the body: a
// final run of headline-like lines (and date lines) holding at least three
// headlines (see listHeadline) of five words or more on average, when a
// body paragraph precedes it and the line before the run does not end in
// ":" (a list the article itself introduces). A final wire sign-off (see
// signOff) after a paragraph of several words is dropped too.
func dropTrailingList(paras []string) []string {
	k := len(paras)
	heads, words := 0, 0
	for k > 0 && (headlineLike(paras[k-1]) || dateOnly(paras[k-1])) {
		if p := paras[k-1]; headlineLike(p) && !dateOnly(p) {
			if !listHeadline(p) {
				break
			}
			heads++
			words += wordCount(p, 21)
		}
		k--
	}
	if heads >= 3 && words >= 5*heads && k > 0 && !strings.HasSuffix(paras[k-1], ":") {
		for _, p := range paras[:k] {
			if bodyLike(p) {
				return paras[:k]
			}
		}
	}
	if n := len(paras); n >= 2 && signOff(paras[n-1]) && strings.Contains(paras[n-2], " ") {
		return paras[:n-1]
	}
	return paras
}

// listHeadline reports whether p, a headline-like line, can be a link in a
// list of articles: three words or more, starting with a capital (not a
// digit, as ranked lists do, nor in lower case, as a broken line does) and
// not mostly figures (table rows).
func listHeadline(p string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p, "\"'“‘"))
	if !unicode.IsUpper(r) || wordCount(p, 3) < 3 {
		return false
	}
	letters, digits := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return digits*5 <= letters
}

// signOff reports whether p is a one-word wire sign-off such as an agency
// name: a single word without digits, not ending a sentence, that starts
// with a capital or is all lower case ("reuter" on some wires).
func signOff(p string) bool {
	if strings.Contains(p, " ") || utf8.RuneCountInString(p) > 15 || strings.ContainsFunc(p, unicode.IsDigit) {
		return false
	}
	if strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "...") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p, "(-[–—"))
	return unicode.IsUpper(r) || !strings.ContainsFunc(p, func(r rune) bool { return !unicode.IsLower(r) })
}

// Shapes of paragraphs.
