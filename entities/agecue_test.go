package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAgedPersons checks, on sentences written for this test, that an
// age in apposition makes a name the recognizer misread a person, with
// the fuller name it shortens.
func TestAgedPersons(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Ashford Vale's latest film opened. Ashford, 52, plays a doctor.", "Ashford Vale", graph.Person},
		{"Halvern Foods, 12, is a supplier.", "Halvern Foods", graph.Organization},
		{"The sailors and Marines, 6,000 troops and 40 ships sailed.", "Marines", graph.Place},
	})
}
