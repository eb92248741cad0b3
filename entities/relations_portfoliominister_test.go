package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestPortfolioMinister(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Finance Minister", true},
		{"energy and mines minister", true},
		{"Minister", false},
		{"shadow sports minister", false},
		{"former trade minister", false},
		{"finance secretary", false},
	} {
		if got := portfolioMinister(c.title); got != c.want {
			t.Errorf("portfolioMinister(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	const home = "Sweden will raise taxes next year, officials said. Sweden has a budget surplus. "
	checkRelCases(t, graph.HoldsRole, []relCase{
		{home + "Analysts were surprised, and finance minister Ola Brennvik said growth would last.", "Ola Brennvik", "Sweden", true},
		{home + "Analysts were surprised, and Shadow finance minister Ola Brennvik said growth would not last.", "Ola Brennvik", "Sweden", false},
	})
}
