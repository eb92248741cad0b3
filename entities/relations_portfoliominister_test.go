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

// TestOfficeOfActingCountry checks a state office whose sentence names
// two countries, one of them where goods come from or go to: the other,
// the actor, is the office's; and a coordinated portfolio the recognizer
// reads as a body's name is a portfolio still.
func TestOfficeOfActingCountry(t *testing.T) {
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		{"The Philippines will buy 200,000 tonnes of rice from Thailand, Agriculture Secretary Ramon Villareal said.", "Ramon Villareal", "Philippines", true},
		{"The Philippines will buy 200,000 tonnes of rice from Thailand, Agriculture Secretary Ramon Villareal said.", "Ramon Villareal", "Thailand", false},
		{"The Philippines will import cement from Indonesia, Trade and Industry Secretary Ramon Villareal said.", "Ramon Villareal", "Philippines", true},
		{"The Philippines will import cement from Indonesia, Trade and Industry Secretary Ramon Villareal said.", "Ramon Villareal", "Trade and Industry", false},
		// Two actors: no country.
		{"The Philippines and Thailand will trade rice, Agriculture Secretary Ramon Villareal said.", "Ramon Villareal", "Philippines", false},
	})
}
