package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPartNounsAndVerbs checks taking part named by a noun ("X's role in
// E") or a verb with its preposition ("X presided over E"), on sentences
// written for this test.
func TestPartNounsAndVerbs(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Peru's participation in the Lima conference was welcomed.", "Peru", "Lima conference", true},
		{"Senator Ana Ruiz's role in the Acme scandal is under scrutiny.", "Ana Ruiz", "Acme scandal", true},
		{"Senator Ana Ruiz was a delegate to the Oslo summit.", "Ana Ruiz", "Oslo summit", true},
		{"Peru played host to the Oslo summit.", "Peru", "Oslo summit", true},
		{"Senator Ana Ruiz was one of the main architects of the Lima accord.", "Ana Ruiz", "Lima accord", true},
		{"Senator Ana Ruiz survived the Lima bombing.", "Ana Ruiz", "Lima bombing", true},
		{"Senator Ana Ruiz testified before the Acme inquiry.", "Ana Ruiz", "Acme inquiry", true},
		{"Peru presided over the Oslo summit.", "Peru", "Oslo summit", true},
		{"Senator Ana Ruiz represented Peru at the Oslo summit.", "Peru", "Oslo summit", true},
		{"Senator Ana Ruiz met Senator Tom Hale at the Oslo summit.", "Ana Ruiz", "Oslo summit", true},
		{"Senator Ana Ruiz will travel to the Oslo summit.", "Ana Ruiz", "Oslo summit", true},
		// Accused, denied, only at the place of the event, or a journey
		// to something that is no gathering.
		{"Senator Ana Ruiz was accused of masterminding the Lima bombing.", "Ana Ruiz", "Lima bombing", false},
		{"Senator Ana Ruiz denied any role in the Acme scandal.", "Ana Ruiz", "Acme scandal", false},
		{"Senator Ana Ruiz flew to the Lima earthquake zone.", "Ana Ruiz", "Lima earthquake", false},
		{"Senator Ana Ruiz criticised Peru's role in the Acme scandal.", "Ana Ruiz", "Acme scandal", false},
	})
}

// TestActorBeforeApposition checks that the actor of a decisive predicate
// may stand before an apposition set off by dashes or commas.
func TestActorBeforeApposition(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"On Tuesday, Acme Incorporated - the owner of the rights to a cartoon dog - won a court battle against a publisher.", "Acme Incorporated", "court battle", true},
		{"Acme Corp, the owner of the Beta brand, won a court battle against a rival.", "Acme Corp", "court battle", true},
		// A hyphen inside a word sets off no apposition.
		{"Acme Corp said its co-owner Beta Ltd - the owner of a cartoon dog - won a court battle against a publisher.", "Acme Corp", "court battle", false},
	})
}
