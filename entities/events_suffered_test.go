package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSufferedEvents checks the events a passive's subject is hit by
// (events_suffered.go), and that an active "the earthquake hit X" or a
// headline without a be-form gives no event of this rule, on sentences
// written for this test.
func TestSufferedEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Mitsubishi Motors has been hit by a recall scandal.", "Mitsubishi Motors", "recall scandal", true},
		{"Acme Motors, hit by a strike at its Lima plant, cut its forecast.", "Acme Motors", "strike", true},
		{"Peru and Chile were badly hit by the earthquake.", "Peru", "earthquake", true},
		{"Peru and Chile were badly hit by the earthquake.", "Chile", "earthquake", true},
		{"Acme Motors hit by strike.", "Acme Motors", "strike", false},
		{"Acme Motors has not been hit by the strike.", "Acme Motors", "strike", false},
	})
}
