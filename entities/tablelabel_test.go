package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// spanMention returns a mention of type typ over the first occurrence of
// name in d, on whole tokens.
func spanMention(t *testing.T, d *Document, name string, typ graph.Type) Mention {
	t.Helper()
	at := strings.Index(d.Text, name)
	if at < 0 {
		t.Fatalf("%q not in %q", name, d.Text)
	}
	return tokenSpanMention(t, d, at, len(name), typ)
}

// tokenSpanMention returns a model mention of type typ over the n bytes of d's
// text from at, which must start and end on token bounds.
func tokenSpanMention(t *testing.T, d *Document, at, n int, typ graph.Type) Mention {
	t.Helper()
	m := Mention{Start: at, End: at + n, TokStart: -1, Type: typ, Source: "model"}
	for i, tk := range d.Tokens {
		if tk.Start == m.Start {
			m.TokStart = i
		}
		if tk.End == m.End {
			m.TokEnd = i + 1
		}
	}
	if m.TokStart < 0 || m.TokEnd <= m.TokStart {
		t.Fatalf("%q is not on token bounds in %q", d.Text[at:at+n], d.Text)
	}
	return m
}

func TestTableLabel(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Quarterly results.\n\nRevx 2.95 billion vs 2.86 billion\nShr 12 cts vs nine cts", "Revx", true},
		{"Quarterly results.\n\nShr 12 cts vs 10 cts\nRevx 2.95 billion vs 2.86 billion", "Shr", true},
		// Prose: a model number after a company's name.
		{"Zarnow 747 jets were delivered to the airline on Monday after a long delay.", "Zarnow", false},
		// Not at the start of its line.
		{"Sales at Zarnow 12 pct up, 3.4 billion", "Zarnow", false},
		// No number after it.
		{"Zarnow said 2.95 billion vs 2.86 billion", "Zarnow", false},
	}
	for _, tt := range tests {
		d := text.Segment(tt.text)
		if got := tableLabel(d, spanMention(t, d, tt.name, graph.Organization)); got != tt.want {
			t.Errorf("tableLabel(%q in %q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
