package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// nameMention returns the mention of name, of type typ, at its first
// occurrence in d's text, from source with score; the test fails when
// the text does not hold it.
func nameMention(t *testing.T, d *Document, name string, typ graph.Type, score float64, source string) Mention {
	t.Helper()
	i := strings.Index(d.Text, name)
	if i < 0 {
		t.Fatalf("%q not in %q", name, d.Text)
	}
	return Mention{Start: i, End: i + len(name), TokStart: tokenAt(d, i), TokEnd: tokenAt(d, i+len(name)), Type: typ, Score: score, Source: source}
}
