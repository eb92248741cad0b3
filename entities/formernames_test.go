package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestWestGermany checks that "West Germany" and "West German" name
// Germany whole (the gazetteer's earlier names of current countries,
// tools/gazgen/former.go), and that "West German" before a noun is a
// demonym, not the country a state office takes (isDemonymFree); texts
// written for this test.
func TestWestGermany(t *testing.T) {
	const interview = "Portugal will borrow more. In an interview with the West German weekly Die Zeit, Prime Minister Rui Falcao said Portugal had repaid its debts."
	cases := []struct {
		text     string
		kind     graph.Kind
		from, to string
		want     bool
	}{
		{"West German Finance Minister Karl Brauner said the mark was stable.", graph.HoldsRole, "Karl Brauner", "Germany", true},
		{"Talks are due today between Brazilian Finance Minister Jose Peres and his West German counterpart Karl Brauner.", graph.HoldsRole, "Karl Brauner", "Germany", true},
		// The demonym qualifies a noun: the office is the other country's.
		{interview, graph.HoldsRole, "Rui Falcao", "Portugal", true},
		{interview, graph.HoldsRole, "Rui Falcao", "Germany", false},
		// The list goes on past "West Germany".
		{"After visiting France, West Germany, Italy and Austria, Mr Dino Vasca flew home.", graph.Visits, "Dino Vasca", "Italy", true},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range cases {
		if got := hasRel(x.Extract(c.text), c.kind, c.from, c.to); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.from, c.kind, c.to, got, c.want)
		}
	}
	ex := x.Extract("West Germany and France signed the treaty. The West German delegation left.")
	i := slices.IndexFunc(ex.Entities, func(e *Entity) bool { return e.Name == "Germany" })
	if i < 0 || !slices.Contains(ex.Entities[i].Aliases, "West German") || !slices.Contains(ex.Entities[i].Aliases, "West Germany") {
		t.Errorf("no Germany named %q and %q in %v", "West Germany", "West German", ex.Entities)
	}
}
