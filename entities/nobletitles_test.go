package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestNobleAsPerson(t *testing.T) {
	tests := []struct {
		text, name string
		typ        graph.Type
		want       graph.Type
	}{
		{"The Duchess of Quillby opened the ward.", "The Duchess of Quillby", graph.Organization, graph.Person},
		{"He met the Earl of Norcastle on Monday.", "Earl of Norcastle", graph.Organization, graph.Person},
		{"The Bank of Quillby raised rates.", "The Bank of Quillby", graph.Organization, graph.Organization},
		// A title must be followed by "of" and a name.
		{"Duke Quillby spoke.", "Duke Quillby", graph.Organization, graph.Organization},
		{"the duchess of the house", "duchess of the house", graph.Organization, graph.Organization},
	}
	for _, tc := range tests {
		d := text.Segment(tc.text)
		i := strings.Index(tc.text, tc.name)
		m := Mention{Start: i, End: i + len(tc.name), TokStart: tokenAt(d, i), Type: tc.typ, Source: "model"}
		m.TokEnd = tokenAt(d, i+len(tc.name))
		if got := nobleAsPerson(d, m).Type; got != tc.want {
			t.Errorf("%q: %q is a %s, want %s", tc.text, tc.name, got, tc.want)
		}
	}
}
