package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestActedEvents checks the events a decisive predicate introduces ("X
// won a copyright case") and the parties to an agreement ("X's failure to
// honor a 1986 agreement"), on made-up sentences.
func TestActedEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		// Events a decisive predicate introduces, with what they are about.
		{"Acme Corp has won a copyright case in Lima, a court said.", "Acme Corp", "copyright case", true},
		{"Peru launched a retaliatory strike against Chile on Sunday.", "Peru", "retaliatory strike", true},
		{"Acme Corp has won the case in Lima.", "Acme Corp", "case", false},
		// Parties to an agreement, kept or broken.
		{"Tariffs followed Peru's failure to honor a July 1986 agreement on copper.", "Peru", "July 1986 agreement", true},
		{"Officials said Chile was not honoring the copper pact.", "Chile", "copper pact", true},
		{"Peru is in full compliance with the fishing treaty, Ana Ruiz said.", "Peru", "fishing treaty", true},
		{"Peru said the copper pact would help Chile.", "Chile", "copper pact", false},
		{"Officials accused Chile of failing to enforce major provisions of a 1986 copper pact.", "Chile", "1986 copper pact", true},
		// The name only qualifies the actor.
		{"Peruvian bank workers launched a nationwide strike on Monday.", "Peru", "nationwide strike", false},
	})
}
