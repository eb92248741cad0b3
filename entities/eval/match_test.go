package eval

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestEventHead(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the sale of its Zed unit to Quux", "sale"},
		{"tough talks with unions", "talk"},
		{"Acme's bid for Bolt", "bid"},
		{"UK referendum on the constitution", "referendum"},
		{"opening session of the parliament", "session"},
		{"press", "press"},
		{"1987", ""},
		{"", ""},
	} {
		if got := eventHead(c.in); got != c.want {
			t.Errorf("eventHead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMatchEventByHead checks that an event the graph names shorter than
// the gold matches the one gold event of that head, and that a name with
// a word the gold's names lack, a non-event, and a head two gold events
// share match nothing.
func TestMatchEventByHead(t *testing.T) {
	a := &Article{Entities: []Entity{
		{ID: "bid", Name: "Acme's bid for Bolt Ltd", Type: graph.Event},
		{ID: "t1", Name: "talks in Oslo", Type: graph.Event},
		{ID: "t2", Name: "talks with unions", Type: graph.Event},
		{ID: "acme", Name: "Acme", Type: graph.Organization},
	}}
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: 1, Name: "bid", Type: graph.Event},
		{ID: 2, Name: "bid for Bolt", Type: graph.Event},
		{ID: 3, Name: "Zed bid", Type: graph.Event},
		{ID: 4, Name: "talks", Type: graph.Event},
		{ID: 5, Name: "bid", Type: graph.Organization},
		{ID: 6, Name: "Acme", Type: graph.Organization},
	}}
	g.Sort()
	m := newMatcher(a, g)
	for id, want := range map[graph.ID]string{1: "bid", 2: "bid", 3: "", 4: "", 5: "", 6: "acme"} {
		if got := m.gold(id); got != want {
			t.Errorf("graph entity %d (%s) matched %q, want %q", id, g.Entity(id).Name, got, want)
		}
	}
}
