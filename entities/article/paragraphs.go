// Text normalisation and the split into paragraphs, undoing hard-wrapped
// lines, that cleaning starts with.

package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

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
		switch {
		case indentStarts && (blockIndented || len(out) == 0) && len(widths) > 1 && lead >= 30 && 5*lead >= 3*docWidth:
			out = append(out, strings.Join(block, " "))
		case indentStarts:
			out = appendWrapped(out, block, widths)
		default:
			for len(block) > 0 {
				n := wrappedRun(block, widths)
				out = appendWrapped(out, block[:n], widths[:n])
				block, widths = block[n:], widths[n:]
			}
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

// appendWrapped appends a block of lines to out: one paragraph when they
// look hard-wrapped (see wrapped), else each line its own, save for the
// lines that visibly continue a sentence (appendLines).
func appendWrapped(out, block []string, widths []int) []string {
	if wrapped(block, widths) {
		return append(out, strings.Join(block, " "))
	}
	return appendLines(out, block, widths)
}

// wrappedRun returns how many of a block's first lines belong to its first
// paragraph when the block may hold several hard-wrapped paragraphs with no
// blank line or indentation between them: a line that ends a sentence and
// could have taken the next line's first word (len(line)+1+len(word) <= W,
// W the longest line), followed by a line opening with a capital, ends a
// paragraph ("... subject to regulatory", "approvals.", "Reuter"), and
// so does one before a lone last word in any case (a sign-off). A line
// ending in an initial or an abbreviation with inner dots ("L.K.",
// "U.S.") ends none: a name or sentence may go on after it.
func wrappedRun(lines []string, widths []int) int {
	width := 0
	for _, w := range widths {
		width = max(width, w)
	}
	for i := range len(lines) - 1 {
		if !strings.ContainsRune(".!?…\"”", lastRune(lines[i])) {
			continue
		}
		next, _, _ := strings.Cut(lines[i+1], " ")
		signOff := i+2 == len(lines) && next == lines[i+1] // a lone last word ("reuter")
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) && !signOff || widths[i]+1+utf8.RuneCountInString(next) > width {
			continue
		}
		last := lines[i][strings.LastIndexByte(lines[i], ' ')+1:]
		if word := strings.TrimRight(last, ".!?…\"”"); utf8.RuneCountInString(word) < 2 || strings.Contains(word, ".") {
			continue
		}
		return i + 1
	}
	return len(lines)
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
