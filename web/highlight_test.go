package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		text  string
		marks []mark
		want  string // marked pieces in [brackets]
	}{
		{"Alice met Bob.", []mark{{graph.Span{Start: 0, End: 5}, 1}, {graph.Span{Start: 10, End: 13}, 2}}, "[Alice] met [Bob]."},
		{"Alice met Bob.", nil, "Alice met Bob."},
		{"Alice met Bob.", []mark{{graph.Span{Start: 10, End: 13}, 2}, {graph.Span{Start: 0, End: 5}, 1}}, "[Alice] met [Bob]."}, // unsorted
		{"Alice met Bob.", []mark{{graph.Span{Start: 0, End: 9}, 1}, {graph.Span{Start: 6, End: 13}, 2}}, "[Alice met] Bob."},    // overlap dropped
		{"Alice", []mark{{graph.Span{Start: 3, End: 99}, 1}, {graph.Span{Start: 4, End: 2}, 1}}, "Alice"},                        // out of range
	}
	for _, tc := range tests {
		var b strings.Builder
		for _, s := range segments(tc.text, tc.marks) {
			if s.Mark {
				b.WriteString("[" + s.Text + "]")
			} else {
				b.WriteString(s.Text)
			}
		}
		if b.String() != tc.want {
			t.Errorf("segments(%q): %q, want %q", tc.text, b.String(), tc.want)
		}
	}
}

func TestNameMatcher(t *testing.T) {
	e := &graph.Entity{Name: "Bhutto Zardari", Aliases: []string{"Zardari", "Z"}}
	m := newNameMatcher(e)
	s := "Mr Bhutto Zardari and zardari, not Zardaris or Z."
	var got []string
	for _, mk := range m.marks(s, 0) {
		got = append(got, s[mk.Start:mk.End])
	}
	if strings.Join(got, "|") != "Bhutto Zardari|zardari" {
		t.Errorf("marks: %q", got)
	}
}

// FuzzSegments checks that highlighting never loses, reorders or invents
// text, whatever the name and the sentence.
func FuzzSegments(f *testing.F) {
	f.Add("Alice met <b>Bob</b>.", "Bob", "<b>")
	f.Add("", "", "")
	f.Add("a(b)c", "(b", "*")
	f.Fuzz(func(t *testing.T, text, name, alias string) {
		m := newNameMatcher(&graph.Entity{Name: name, Aliases: []string{alias}})
		var b strings.Builder
		for _, s := range segments(text, m.marks(text, 1)) {
			if s.Mark && s.Text == "" {
				t.Fatalf("empty mark in %q", text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
				t.Fatalf("a segment splits a character: %q of %q", s.Text, text)
			}
			b.WriteString(s.Text)
		}
		if b.String() != text {
			t.Fatalf("segments of %q join to %q", text, b.String())
		}
	})
}
