package main

import (
	"encoding/json"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/atomicfile"
)

// writeJSON prints v as one indented JSON document.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// safe makes untrusted text (names and sentences from articles) safe for a
// terminal: control characters, which could move the cursor or recolour
// the screen, become spaces or visible escapes; tabs and newlines become
// spaces so each record stays on its line.
func safe(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			b.WriteString("\uFFFD")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// truncate shortens s to at most n runes, marking the cut with "…".
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// table writes aligned columns.
func table(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 4, 2, ' ', 0) }

func quote(s string) string { return "\"" + strings.ReplaceAll(s, "\"", "\\\"") + "\"" }

type entityRef struct {
	ID   graph.ID   `json:"id"`
	Name string     `json:"name"`
	Type graph.Type `json:"type"`
}

func ref(e *graph.Entity) entityRef { return entityRef{ID: e.ID, Name: e.Name, Type: e.Type} }

// writeOutput writes data to path atomically (a temporary file renamed
// into place), or to stdout for "-".
func writeOutput(stdout io.Writer, path string, data []byte) error {
	if path == "-" || path == "" {
		_, err := stdout.Write(data)
		return err
	}
	return atomicfile.WriteBytes(path, 0o644, data)
}
