package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPresence checks visits read from presence on sentences written for
// this test: only where the person serves another country.
func TestPresence(t *testing.T) {
	cases := []struct {
		text, person, place string
		visit               bool
	}{
		{"U.S. Treasury Secretary Ann Kerr met French Finance Minister Ivo Marsh in Paris on Monday.", "Ann Kerr", "Paris", true},
		{"U.S. Treasury Secretary Ann Kerr met French Finance Minister Ivo Marsh in Paris on Monday.", "Ivo Marsh", "Paris", false},
		{"In Tokyo, French Finance Minister Ivo Marsh said the yen would rise.", "Ivo Marsh", "Tokyo", true},
		{"French Finance Minister Ivo Marsh told reporters in Tokyo that the yen would rise.", "Ivo Marsh", "Tokyo", true},
		{"French Finance Minister Ivo Marsh said in Paris that the yen would rise.", "Ivo Marsh", "Paris", false},
		{"Mr Ivo Marsh told reporters in Tokyo that the yen would rise.", "Ivo Marsh", "Tokyo", false}, // no country known
		{"French Finance Minister Ivo Marsh did not meet anyone in Tokyo.", "Ivo Marsh", "Tokyo", false},
		// The people met: names with titles the recognizer does not
		// cover ("West"), and a list of two with their titles.
		{"U.S. Treasury Secretary Ann Kerr met West German Economy Minister Ivo Marsh and Bundesbank President Lars Ode in Paris on Monday.", "Ann Kerr", "Paris", true},
	}
	x := New()
	for _, c := range cases {
		ex := x.Extract(c.text)
		got := false
		for _, r := range ex.Relations {
			if r.Kind == graph.Visits && ex.Entities[r.From].Name == c.person && ex.Entities[r.To].Name == c.place {
				got = true
			}
		}
		if got != c.visit {
			t.Errorf("%q: %s visits %s = %v, want %v", c.text, c.person, c.place, got, c.visit)
		}
	}
}
