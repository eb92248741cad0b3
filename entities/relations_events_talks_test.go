package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTalksWithSides checks talks and meetings held with a named side
// (events_talks.go, relations_events_talks.go): the holder, the sides
// after "with" and the actor of "in talks", on sentences written for this
// test.
func TestTalksWithSides(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Finance minister Ola Brand held private talks there today with Premier Tom Hale of Peru.", "Ola Brand", "talks", true},
		{"Finance minister Ola Brand held talks with Senator Tom Hale in Lisbon on Monday.", "Tom Hale", "talks", true},
		{"Finance minister Ola Brand held talks with Senator Tom Hale in Lisbon on Monday.", "Ola Brand", "talks", true},
		{"Acme Motors is in talks with the French carmaker Borvex Motors about a possible alliance.", "Acme Motors", "talks", true},
		{"Acme Motors is in talks with the French carmaker Borvex Motors about a possible alliance.", "Borvex Motors", "talks", true},
		{"Peru and Chile are in exploratory talks with Acme Motors over a mine.", "Peru", "exploratory talks", true},
		{"Ruritania's central bank chief made the pledge during talks with President Tom Hale in Lisbon.", "Tom Hale", "talks", true},
		{"Premier Ana Ruiz had a meeting with Acme Motors on Friday.", "Acme Motors", "meeting", true},
		{"Premier Ana Ruiz held talks with Senator Tom Hale and Governor Ola Brand in Lisbon.", "Ola Brand", "talks", true},
		{"Acme Motors is in talks with the French carmaker Borvex Motors about a possible alliance.", "France", "talks", false},
		{"Acme Motors had ended talks with Borvex Motors on Friday.", "Borvex Motors", "talks", true},
		{"Officials said progress was made in talks with lenders for loans to Chile.", "Chile", "talks", false},
		{"Acme Motors held talks with other Borvex shareholders.", "Borvex", "talks", false},
		{"Premier Ana Ruiz held talks with his Ruritanian counterpart, President Tom Hale, in Lisbon on Monday.", "Tom Hale", "talks", true},
		{"Premier Tom Hale met his Ruritanian counterpart, President Ana Ruiz, in Lisbon on Monday.", "Tom Hale", "meeting", true},
		{"Premier Tom Hale met his Ruritanian counterpart, President Ana Ruiz, in Lisbon on Monday.", "Ana Ruiz", "meeting", true},
		// Talks only wanted, refused or denied (talks held without a named
		// side: TestGatherObjects).
		{"Premier Ana Ruiz refused to hold talks with Senator Tom Hale.", "Tom Hale", "talks", false},
		{"Premier Ana Ruiz did not hold talks with Senator Tom Hale.", "Tom Hale", "talks", false},
		{"Acme Motors said it was interested in talks with Borvex Motors.", "Borvex Motors", "talks", false},
		{"Premier Ana Ruiz called for talks with Senator Tom Hale.", "Tom Hale", "talks", false},
		{"Peru will decide whether to begin talks with Chile.", "Chile", "talks", false},
	})
}
