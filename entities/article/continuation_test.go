package article

import (
	"strings"
	"testing"
)

// TestContinuationLines checks that a short line inside a re-wrapped
// wire paragraph does not cut its sentence, on text written for this
// test.
func TestContinuationLines(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // the paragraphs of Clean's output
	}{
		{
			name: "short line, then lower case",
			in: "    The ministry said it expected the talks to resume next week\nafter the holiday.\n" +
				"    Earlier today, the minister \nimposed new duties on a range of\nimported goods in retaliation for the alleged breach of\na trade pact on steel.\n" +
				"    Officials gave no further details of the list of goods.\n",
			want: []string{
				"The ministry said it expected the talks to resume next week after the holiday.",
				"Earlier today, the minister imposed new duties on a range of imported goods in retaliation for the alleged breach of a trade pact on steel.",
				"Officials gave no further details of the list of goods.",
			},
		},
		{
			name: "a line ending in a word that cannot end a sentence",
			in: "    The ministry said it expected the talks to resume next week\nafter the holiday.\n" +
				"    Acme Corp said it has completed the acquisition of\nFirst Regional Bank for an undisclosed sum in cash.\n",
			want: []string{
				"The ministry said it expected the talks to resume next week after the holiday.",
				"Acme Corp said it has completed the acquisition of First Regional Bank for an undisclosed sum in cash.",
			},
		},
	} {
		got := strings.Split(Clean(c.in), "\n\n")
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestAppendLines checks which lines of a block that is not one
// hard-wrapped paragraph are joined.
func TestAppendLines(t *testing.T) {
	for _, c := range []struct {
		lines  []string
		widths []int
		want   []string
	}{
		{ // headings over paragraphs stay apart
			[]string{"Markets rallied", "Shares rose across Asia after the central bank cut rates.", "Analysts expect more."},
			[]int{15, 57, 21},
			[]string{"Markets rallied", "Shares rose across Asia after the central bank cut rates.", "Analysts expect more."},
		},
		{ // a short line inside a sentence
			[]string{"Earlier today, the minister", "imposed new duties on steel.", "Officials gave no details."},
			[]int{31, 28, 26},
			[]string{"Earlier today, the minister imposed new duties on steel.", "Officials gave no details."},
		},
		{ // lines too short for wrapped text: scraped lines stay apart
			[]string{"One line", "same paragraph?"},
			[]int{8, 15},
			[]string{"One line", "same paragraph?"},
		},
	} {
		got := appendLines(nil, c.lines, c.widths)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("appendLines(%q):\n got %q\nwant %q", c.lines, got, c.want)
		}
	}
}

// TestContinuesLine checks the test of one line continuing another.
func TestContinuesLine(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		want       bool
	}{
		{"Earlier today, the minister", "imposed new duties", true},
		{"the acquisition of", "First Regional Bank", true},
		{"the acquisition of", "<ACME.O> shares", true},
		{"Markets rallied on Monday", "Shares rose", false},
		{"The talks ended.", "after the holiday", false},
		{"He said: \"We will pay.\"", "the minister added", false},
		{"\"We will pay\"", "the minister added", true},
	} {
		if got := continuesLine(c.prev, c.next); got != c.want {
			t.Errorf("continuesLine(%q, %q) = %v, want %v", c.prev, c.next, got, c.want)
		}
	}
}
