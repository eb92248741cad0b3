package web

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// segment is a piece of text a template emits: plain, or marked (and
// linked to entity Link when it is not zero). Templates escape Text, so
// highlighting never builds HTML from article text.
type segment struct {
	Text string
	Mark bool
	Link graph.ID
}

// mark is a highlighted byte range of a text.
type mark struct {
	graph.Span
	ID graph.ID
}

// segments cuts text into plain and marked pieces. Marks are sorted and
// those overlapping an earlier one, or out of range, are dropped.
func segments(text string, marks []mark) []segment {
	slices.SortFunc(marks, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	var out []segment
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End > len(text) || m.Start >= m.End {
			continue
		}
		if m.Start > at {
			out = append(out, segment{Text: text[at:m.Start]})
		}
		out = append(out, segment{Text: text[m.Start:m.End], Mark: true, Link: m.ID})
		at = m.End
	}
	if at < len(text) {
		out = append(out, segment{Text: text[at:]})
	}
	return out
}

// nameMatcher finds an entity's name and aliases in sentences, ignoring
// case, at word boundaries.
type nameMatcher struct{ re *regexp.Regexp }

func newNameMatcher(e *graph.Entity) nameMatcher {
	forms := []string{e.Name}
	forms = append(forms, e.Aliases...)
	var quoted []string
	for _, f := range forms {
		if f = strings.TrimSpace(f); len(f) >= 2 {
			quoted = append(quoted, regexp.QuoteMeta(f))
		}
	}
	if len(quoted) == 0 {
		return nameMatcher{}
	}
	// Longest first, so "Bhutto Zardari" wins over "Bhutto".
	slices.SortFunc(quoted, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	re, err := regexp.Compile(`(?i)(?:^|\b)(?:` + strings.Join(quoted, "|") + `)(?:\b|$)`)
	if err != nil {
		return nameMatcher{}
	}
	return nameMatcher{re}
}

// marks returns the matches of the entity's names in s.
func (m nameMatcher) marks(s string, id graph.ID) []mark {
	if m.re == nil {
		return nil
	}
	var out []mark
	for _, loc := range m.re.FindAllStringIndex(s, -1) {
		out = append(out, mark{graph.Span{Start: loc[0], End: loc[1]}, id})
	}
	return out
}
