package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPersonRefs checks that the rules reading a person where a name
// stands read a resolved reference there too (relations_refs.go), and not
// a possessive, on texts written for this test.
func TestPersonRefs(t *testing.T) {
	const acme = "Corvane Industries reported higher profits on Monday. Corvane Industries sold its tyre arm, and Corvane Industries shares rose. "
	checkRelCases(t, graph.Leads, []relCase{
		// An object pronoun after a verb of appointment.
		{acme + "Mr Pavel Runde said the results were good. Corvane Industries named him chief executive in 1985.", "Pavel Runde", "Corvane Industries", true},
		{acme + "Ms Greta Holm said the results were good. Corvane Industries named her chief executive in 1985.", "Greta Holm", "Corvane Industries", true},
		// A bare head title described ("the chairman") heads the article's company.
		{acme + "Mr Pavel Runde said the results were good. The chairman said sales rose.", "Pavel Runde", "Corvane Industries", true},
		// A possessive is an owner, not the one appointed.
		{acme + "Mr Pavel Runde said the results were good. Corvane Industries named his son chief executive in 1985.", "Pavel Runde", "Corvane Industries", false},
		{acme + "Ms Greta Holm said the results were good. Corvane Industries named her brother chief executive in 1985.", "Greta Holm", "Corvane Industries", false},
	})
}
