package article

import (
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean removes page furniture from article text and normalises white
// space. The result has one paragraph per line, paragraphs separated by a
// blank line ("\n\n"), no leading or trailing space, and is in Unicode NFC.
// Clean is idempotent: Clean(Clean(s)) == Clean(s). The rules are listed in
// the package documentation under "Cleaning".
func Clean(text string) string {
	return strings.Join(cleanParagraphs(splitParagraphs(normalize(text))), "\n\n")
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

// normalize makes text uniform before it is split into paragraphs: valid
// UTF-8 in NFC, "\n" line ends, no control or zero-width characters, tabs
// and exotic spaces turned into plain spaces.
func normalize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c >= ' ' && c < 0x7F {
			// A run of printable ASCII is kept as it is.
			j := i + 1
			for j < len(s) && s[j] >= ' ' && s[j] < 0x7F {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t' || r == '\v' || r == '\f' || r == '\u0085':
			b.WriteByte(' ')
		case r == '\u00AD' || r == '\u200B' || r == '\u2060' || r == '\uFEFF':
			// soft hyphen, zero-width space, word joiner, BOM
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			// other control characters
		case unicode.IsSpace(r) || r == '\u200A':
			b.WriteByte(' ')
		default:
			b.WriteString(s[i-size : i])
		}
	}
	return norm.NFC.String(b.String())
}

// splitParagraphs splits normalised text into paragraphs, each one line
// with white space collapsed. A blank line ends a paragraph. In text that
// mixes indented and flush lines, an indented line starts a paragraph
// (newswire style). Within a block of consecutive lines, the lines are
// joined into one paragraph when they look hard-wrapped (see wrapped);
// otherwise each line is a paragraph, as in scraped text where every line
// is a paragraph or a heading.
func splitParagraphs(s string) []string {
	flushLines, indented := false, false
	for line := range strings.SplitSeq(s, "\n") {
		switch {
		case strings.HasPrefix(line, "  "):
			indented = indented || strings.TrimSpace(line) != ""
		case line != "" && line[0] != ' ':
			flushLines = true
		}
	}
	indentStarts := flushLines && indented
	docWidth := 0 // the longest line: the wrap width of hard-wrapped text
	for line := range strings.SplitSeq(s, "\n") {
		docWidth = max(docWidth, utf8.RuneCountInString(strings.TrimRight(line, " ")))
	}
	var out, block []string
	var widths []int       // printed width of each line of block, indentation included
	blockIndented := false // block opened with an indented line
	flush := func() {
		defer func() { blockIndented = false }()
		if len(block) == 0 {
			return
		}
		// In newswire layout every paragraph opens indented, so the flush
		// lines after a full-width indented line continue it.
		// The first block may open flush and short: a dateline was cut.
		lead := widths[0]
		if len(out) == 0 && len(widths) > 1 {
			lead = widths[1]
		}
		if wrapped(block, widths) || indentStarts && (blockIndented || len(out) == 0) && len(widths) > 1 && lead >= 30 && 5*lead >= 3*docWidth {
			out = append(out, strings.Join(block, " "))
		} else {
			out = append(out, block...)
		}
		block, widths = block[:0], widths[:0]
	}
	for line := range strings.SplitSeq(s, "\n") {
		trimmed := collapse(line)
		if trimmed == "" {
			flush()
			continue
		}
		if indentStarts && strings.HasPrefix(line, " ") {
			flush()
			blockIndented = true
		}
		block = append(block, trimmed)
		widths = append(widths, utf8.RuneCountInString(strings.TrimRight(line, " ")))
	}
	flush()
	return out
}

// collapse trims s and collapses each run of white space to one space.
func collapse(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\n\t") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// wrapped reports whether a block of lines is one hard-wrapped paragraph.
// Wrapping at a fixed width W leaves every line but the last too long to
// take the next line's first word: len(line)+1+len(word) > W, where W is
// the longest line and lengths count the indentation as printed. W must
// be plausible for wrapped text (25–120 characters), and the last line
// must end a sentence or most lines must start in lower case. The first line is excused from the width test when the
// second line visibly continues its sentence (starts with neither a
// capital nor a quote), or when a block of three or more lines opens with
// a line that does not end a sentence, since a removed dateline often
// leaves the first line short. A block of two lines is joined only when the second starts
// in lower case or with a digit, because a headline over a standfirst can
// pass the width test.
func wrapped(lines []string, widths []int) bool {
	if len(lines) < 2 {
		return false
	}
	width := 0
	for _, w := range widths {
		width = max(width, w)
	}
	if width < 25 || width > 120 {
		return false
	}
	switch lastRune(lines[len(lines)-1]) {
	case '.', '!', '?', '…', ':', ';':
	default:
		// A paragraph ends a sentence; a list of headlines does not, and
		// its lines start with capitals where wrapped lines mostly do not.
		lower := 0
		for _, l := range lines[1:] {
			if r, _ := utf8.DecodeRuneInString(l); unicode.IsLower(r) || unicode.IsDigit(r) {
				lower++
			}
		}
		if 2*lower < len(lines)-1 {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(lines[1])
	continues := unicode.IsLower(r) || unicode.IsDigit(r)
	if len(lines) == 2 {
		return continues
	}
	continues = continues || !unicode.IsUpper(r) && !strings.ContainsRune("\"'“‘«", r)
	// Three or more lines whose first does not end a sentence: the first
	// line may be short because a dateline was cut from it.
	continues = continues || len(lines) >= 3 && !strings.ContainsRune(".!?…:;\"”", lastRune(lines[0]))
	for i := range len(lines) - 1 {
		if i == 0 && continues {
			continue
		}
		next, _, _ := strings.Cut(lines[i+1], " ")
		if widths[i]+1+utf8.RuneCountInString(next) <= width {
			return false
		}
	}
	return true
}

// cleanParagraphs applies the furniture rules: single furniture lines go
// first, then the rules that look at neighbouring lines run until nothing
// changes.
func cleanParagraphs(paras []string) []string {
	paras = dropFurniture(paras)
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
func dropFurniture(paras []string) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if !isFurniture(p) {
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
// name: a single capitalised word without digits, not ending a sentence.
func signOff(p string) bool {
	if strings.Contains(p, " ") || utf8.RuneCountInString(p) > 15 || strings.ContainsFunc(p, unicode.IsDigit) {
		return false
	}
	if strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "...") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p, "(-[–—"))
	return unicode.IsUpper(r)
}

// Shapes of paragraphs.

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

// Furniture.

// furnitureKey lower-cases p and trims everything but letters and digits
// from both ends: "» Also Read:" and "ALSO READ" both give "also read".
func furnitureKey(p string) string {
	return strings.ToLower(strings.TrimFunc(p, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

// furnitureLines are whole lines that are never article text.
var furnitureLines = lexicon.Set("furniture_lines")

// endMarkers are headings that start a block of links or comments after
// the article; the value says whether the marker is "hard" (see
// dropMarkedSections).
var endMarkers = endMarkerMap(lexicon.Set("end_markers"), lexicon.Set("end_markers_hard"))

// moreFromRe matches "More from <section or site>", "More in <section>".
var moreFromRe = regexp.MustCompile(`^(?:more|latest|top|also) (?:from|in|on) [\p{L}\p{N} '’&.-]{1,40}$`)

// endMarker reports whether p is an end-of-article heading, and whether it
// is a hard one.
func endMarker(p string) (hard, ok bool) {
	if len(p) > 60 {
		return false, false
	}
	return endMarkerKey(furnitureKey(p))
}

// endMarkerKey is endMarker for a line of at most 60 bytes, given its
// furnitureKey.
func endMarkerKey(k string) (hard, ok bool) {
	if hard, ok := endMarkers[k]; ok {
		return hard, true
	}
	if moreFromOpening(k) && moreFromRe.MatchString(k) && wordCount(k, 7) <= 6 {
		return true, true
	}
	return false, false
}

// moreFromOpening reports whether k starts as moreFromRe needs.
func moreFromOpening(k string) bool {
	return strings.HasPrefix(k, "more ") || strings.HasPrefix(k, "latest ") ||
		strings.HasPrefix(k, "top ") || strings.HasPrefix(k, "also ")
}

var (
	// A cross-reference to another article: "Also Read: <headline>",
	// "READ | <headline>", "Related: <headline>".
	crossRefRe = regexp.MustCompile(`^(?:also read|read also|also see|see also|read more|read next|must read|don'?t miss|don’t miss|also watch|related|related news|related story|related article|recommended|trending|watch|watch video|listen|read|more)\s*[:|›»>–—-]|^(?:also read|read also|read more)\b`)
	// A call to action: a verb inviting the reader to do something ...
	ctaVerbRe = regexp.MustCompile(`^(?:follow|subscribe|sign up|signup|register|join|download|install|get|track|listen|watch|read|visit|click|tap|stay (?:updated|tuned|informed|connected)|check out|like us|catch|never miss|don'?t miss|for (?:the )?(?:latest|more|breaking|live|all the latest)|to (?:get|receive|read|watch|listen|subscribe)|also (?:watch|listen)|available on)\b`)
	// ... with somewhere to do it: a web address, an app, a channel.
	ctaObjectRe = regexp.MustCompile(`\b[a-z0-9-]+\.(?:com|in|net|org|co|uk|pk|news|tv|io|app|info|live|media|me)\b|\bapps?\b|newsletters?|\bchannels?\b|notifications?|\balerts?\b|\bupdates\b|latest news|breaking news|whatsapp|telegram|google news|youtube|facebook|twitter|instagram|linkedin|\bon x\b|podcasts?|e-?paper|subscriptions?|premium|app store|google play|play store|\bsongs?\b|\bmusic\b|\bpodcast\b|\blive tv\b|\blive stream`)
	// A promotion naming a site: "... only on example.com".
	onlyOnRe  = regexp.MustCompile(`\bonly on [a-z0-9-]+\.[a-z]{2,}\b`)
	followRe  = regexp.MustCompile(`^follow (?:us|@)`)
	clickRe   = regexp.MustCompile(`\b(?:click|tap) here\b`)
	tagsRe    = regexp.MustCompile(`^(?:tags?|tagged(?: with| in)?|topics?|keywords?|filed under|categories|category|also tagged)\s*[:|]`)
	creditRe  = regexp.MustCompile(`^\(?(?:(?:photo|photos|image|images|picture|pic|video|graphic|illustration|photograph|file photo|file image)s?\s*(?:credit|credits|source|courtesy)?\s*[:|/]|(?:photo|image|picture|video)s?\s+(?:credit|credits|courtesy|source)\b|(?:representational|representative|file) (?:image|photo|picture|pic)\b)`)
	byCredit  = regexp.MustCompile(`^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|produced|research|graphics|fact-?checked|translated) by\b|^\(?with (?:inputs|input|agency inputs) from\b|^\(?with inputs\b`)
	syndRe    = regexp.MustCompile(`syndicated feed|has not been edited by|auto-?generated from a syndicated|this (?:story|article|report) (?:has|was) (?:been )?(?:auto-?generated|published from)`)
	commentRe = regexp.MustCompile(`^(?:no comments|\d+ comments?|comments? \(?\d+\)?$|post a comment|leave a (?:comment|reply)|add a comment|comments? (?:are |is )?(?:closed|disabled)|view comments|show comments|be the first to comment|load comments)\b`)
	copyRe    = regexp.MustCompile(`^(?:©|\(c\)|copyright\b)|all rights reserved`)
	homeRe    = regexp.MustCompile(`^home\s*[>/»›|]`)
	// A relative time stamp: "Updated 2 hours ago", "5 mins ago".
	agoRe = regexp.MustCompile(`^(?:(?:last )?(?:updated|published|posted)\s*:?\s*)?(?:an?|\d{1,3})\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$`)
	// An advertisement marker: "Advertisement - Scroll to continue",
	// "Story continues below advertisement".
	continueRe = regexp.MustCompile(`^(?:advertisement|advertisment|sponsored)\b|^(?:story|article|text|content) continues\b|^continue reading\b|^scroll (?:down )?to continue\b`)
	newsRe     = regexp.MustCompile(`sign up (?:for|to) (?:our|the)\b.*newsletter|subscribe to (?:our|the)\b|newsletter.*\b(?:sign up|subscribe)\b`)
)

// openingWords are the first words of the lines the anchored furniture
// patterns match; other lines skip those patterns.
var openingWords = lexicon.Set("furniture_openings")

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// shareWords are the words of a share bar; at least two network names
// must appear for a line made of these words to be a share bar.
var shareWords = lexicon.Set("share_words")

var shareNetworks = lexicon.Set("share_networks")

// isFurniture reports whether the paragraph p is page furniture on its
// own: a decoration line, a label, an advertisement, a share bar, a call
// to action, a cross-reference, a tag list, a credit or copyright line. It
// does not decide end-of-article headings (see endMarker) or lists.
func isFurniture(p string) bool {
	if !strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return true // separators and decoration: "||", "***", "---", "• • •"
	}
	words := wordCount(p, 61)
	if words > 60 {
		return false
	}
	var k string // furnitureKey(p), computed once
	if len(p) <= 60 {
		k = furnitureKey(p)
		if _, ok := endMarkerKey(k); ok {
			return false // handled with the list that follows it
		}
	}
	if words > 30 {
		// Only a tag list can be this long: lower-case p only when it
		// may be one.
		return mayBeTags(p) && tagsRe.MatchString(strings.ToLower(p))
	}
	if len(p) > 60 {
		k = furnitureKey(p)
	}
	lower := strings.ToLower(p)
	if mayBeTags(p) && tagsRe.MatchString(lower) {
		return true
	}
	if _, ok := furnitureLines[k]; ok {
		return true
	}
	if words <= 8 && (mayBeContinue(k) && continueRe.MatchString(k) || strings.HasSuffix(k, "ago") && agoRe.MatchString(k)) {
		return true
	}
	if words <= 24 && isNavBar(p) {
		return true
	}
	first, _, _ := strings.Cut(k, " ")
	if _, ok := openingWords[strings.TrimRight(first, ":|,.-")]; ok || unicode.IsDigit(firstRune(k)) {
		switch {
		case crossRefRe.MatchString(strings.TrimLeft(lower, "»›>-–—•·*|# ")):
			return true
		case followRe.MatchString(k), commentRe.MatchString(k), homeRe.MatchString(k):
			return true
		case ctaVerbRe.MatchString(k) && ctaObjectRe.MatchString(lower):
			return true
		case !unicode.IsLower(firstRune(p)) && words <= 12 && creditRe.MatchString(lower):
			return true
		case !unicode.IsLower(firstRune(p)) && words <= 40 && byCredit.MatchString(lower):
			return true
		}
	}
	switch {
	case strings.Contains(lower, "only on ") && onlyOnRe.MatchString(lower),
		strings.Contains(lower, " here") && clickRe.MatchString(lower),
		(strings.Contains(lower, "©") || strings.Contains(lower, "copyright") || strings.Contains(lower, "(c)") ||
			strings.Contains(lower, "reserved")) && copyRe.MatchString(lower),
		(strings.Contains(lower, "newsletter") || strings.Contains(lower, "subscribe to")) && newsRe.MatchString(lower),
		(strings.Contains(lower, "syndicated") || strings.Contains(lower, "edited by") || strings.Contains(lower, "generated") ||
			strings.Contains(lower, "published from")) && syndRe.MatchString(lower):
		return true
	}
	return isShareBar(k)
}

// mayBeTags is a quick necessary condition for tagsRe to match the
// lower-cased p: p opens with a letter that lower-cases to the first letter
// of a tag label ("Tags", "Topics", "Keywords", "Filed under",
// "Categories", "Also tagged") and holds ":" or "|".
func mayBeTags(p string) bool {
	switch unicode.ToLower(firstRune(p)) {
	case 't', 'k', 'f', 'c', 'a':
		return strings.ContainsAny(p, ":|")
	}
	return false
}

// mayBeContinue is a quick necessary condition for continueRe to match
// the furniture key k: its first letter opens one of the pattern's words.
func mayBeContinue(k string) bool {
	return k != "" && strings.IndexByte("astc", k[0]) >= 0
}

// navSepRe splits a navigation bar: "Home | World | Business".
var navSepRe = regexp.MustCompile(`\s*[|•·»›]\s*|\s+/\s+`)

// isNavBar reports whether p is a row of navigation links: three or more
// parts split by "|", "•", "·", "»", "›" or " / ", each of one to three
// words, without sentence punctuation or a date.
func isNavBar(p string) bool {
	if !hasNavSep(p) {
		return false
	}
	parts := navSepRe.Split(strings.Trim(p, " |•·»›/"), -1)
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		if n := wordCount(part, 4); n == 0 || n > 3 || strings.ContainsAny(part, ".,;:!?") {
			return false
		}
	}
	_, dated := findDate(p)
	return !dated
}

// hasNavSep reports whether p holds one of "|•·»›/", as
// strings.ContainsAny(p, "|•·»›/") does, with a fast path for ASCII bytes.
func hasNavSep(p string) bool {
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '|' || c == '/':
			return true
		case c >= utf8.RuneSelf:
			switch r, _ := utf8.DecodeRuneInString(p[i:]); r {
			case '•', '·', '»', '›':
				return true
			}
		}
	}
	return false
}

// isShareBar reports whether the lower-cased line k is a row of sharing
// buttons: "Facebook Twitter WhatsApp Email". Its words are the runs of
// letters; the first that is not a share word ends the test.
func isShareBar(k string) bool {
	networks := 0
	for i := 0; i < len(k); {
		r, size := utf8.DecodeRuneInString(k[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(k) {
			r, size := utf8.DecodeRuneInString(k[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		w := k[i:j]
		i = j
		if _, ok := shareWords[w]; !ok {
			return false
		}
		if _, ok := shareNetworks[w]; ok {
			networks++
		}
	}
	return networks >= 2
}

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// endMarkerMap joins the soft and the hard end-of-article headings into
// one map from heading to whether it is hard.
func endMarkerMap(soft, hard map[string]bool) map[string]bool {
	m := make(map[string]bool, len(soft)+len(hard))
	for k := range soft {
		m[k] = false
	}
	for k := range hard {
		m[k] = true
	}
	return m
}
