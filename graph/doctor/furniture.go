package doctor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Texts is what FindFurniture reads of a store: *store.Txn provides it.
type Texts interface {
	// FirstMention returns the span of the first mention stored for
	// entity id in an article; false when none is stored under id (it
	// was merged or split: its mention is stored under another ID).
	FirstMention(article string, id graph.ID) (graph.Span, bool)
	// Text returns an article's cleaned text, false when it is not stored.
	Text(article string) (string, bool)
}

// FindFurniture finds the entities of g mentioned once whose mention sits
// in page furniture: the first or last line of the article, an all-caps
// line, a list item, or a short line that is not a sentence (a caption, a
// byline, a "Follow us" line). g must be loaded from the store src reads.
func FindFurniture(src Texts, g *graph.Graph) []Furniture {
	where := map[graph.ID]string{}
	for _, a := range g.Articles {
		for _, id := range a.Entities {
			where[id] = a.ID
		}
	}
	out := []Furniture{}
	texts := map[string]string{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Mentions != 1 || e.Articles != 1 {
			continue
		}
		art := where[e.ID]
		span, ok := src.FirstMention(art, e.ID)
		if !ok {
			continue
		}
		text, ok := texts[art]
		if !ok {
			if text, ok = src.Text(art); !ok {
				continue
			}
			texts[art] = text
		}
		if line, reason := furnitureLine(text, span.Start, span.End); reason != "" {
			out = append(out, Furniture{Entity: refOf(e), Article: art, Line: line, Reason: reason})
		}
	}
	return out
}

// furnitureLine returns the line holding [start, end) of text and, when
// the line looks like page furniture rather than prose, why.
func furnitureLine(text string, start, end int) (string, string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	line := strings.TrimSpace(text[ls:le])
	// A line alone in its paragraph (blank lines around it) stands
	// apart; a line of a hard-wrapped paragraph does not.
	ps := strings.LastIndex(text[:ls], "\n\n") + 1
	pe := strings.Index(text[le:], "\n\n")
	if pe < 0 {
		pe = len(text)
	} else {
		pe += le
	}
	alone := strings.TrimSpace(text[ps:pe]) == line && !continues(line, text[le:])
	first := alone && strings.TrimSpace(text[:ls]) == ""
	last := alone && strings.TrimSpace(text[le:]) == ""
	upper, lower := 0, 0
	for _, r := range line {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	words := len(strings.Fields(line))
	ends := strings.TrimRight(line, "\"'”’)»")
	sentence := strings.HasSuffix(ends, ".") || strings.HasSuffix(ends, "?") || strings.HasSuffix(ends, "!") || strings.HasSuffix(ends, ":")
	switch {
	case upper >= 4 && lower == 0:
		return line, "all-caps line"
	case isListItem(line):
		return line, "list item"
	case first && !sentence && words <= 12:
		return line, "first line"
	case last && !sentence && words <= 12:
		return line, "last line"
	case alone && words <= 6 && !sentence:
		return line, "short line that is not a sentence"
	}
	return line, ""
}

// continues reports whether a line runs on into the next (a hard-wrapped
// sentence): it ends with a comma or a lower-case word, or the next line
// starts in lower case.
func continues(line, rest string) bool {
	if strings.HasSuffix(line, ",") || strings.HasSuffix(line, ";") {
		return true
	}
	if f := strings.Fields(line); len(f) > 1 && strings.ToLower(f[len(f)-1]) == f[len(f)-1] && strings.IndexFunc(f[len(f)-1], unicode.IsLetter) >= 0 {
		return true // ends on a lower-case word: "... said its"
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsLower(r)
}

func isListItem(line string) bool {
	for _, p := range []string{"- ", "* ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}
