package entities

import (
	"strings"
	"unicode"
)

// tableLabel reports whether the recognizer's mention m is the label of a
// row of figures: it opens its line, a number follows it, and the line
// holds at least two numbers and at most two lower-case words a number
// ("Revs 2.95 billion vs 2.86 billion", "Shr 12 cts vs 10 cts"). An
// earnings table's abbreviations are no names, however capitalised.
func tableLabel(d *Document, m Mention) bool {
	if m.TokEnd-m.TokStart > 2 || m.TokEnd >= len(d.Tokens) || !isFigure(d.Tokens[m.TokEnd].Text) {
		return false
	}
	lineStart := strings.LastIndexByte(d.Text[:m.Start], '\n') + 1
	if strings.TrimSpace(d.Text[lineStart:m.Start]) != "" {
		return false
	}
	lineEnd := len(d.Text)
	if i := strings.IndexByte(d.Text[m.End:], '\n'); i >= 0 {
		lineEnd = m.End + i
	}
	figures, words := 0, 0
	for k := m.TokEnd; k < len(d.Tokens) && d.Tokens[k].Start < lineEnd; k++ {
		t := d.Tokens[k].Text
		switch {
		case isFigure(t):
			figures++
		case d.Tokens[k].Word() && !d.Tokens[k].Cap():
			words++
		}
	}
	return figures >= 2 && words <= 2*figures
}

// isFigure reports whether a token is a number ("2.95", "1,200", "12").
func isFigure(t string) bool {
	return t != "" && unicode.IsDigit(rune(t[0]))
}
