package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestStateUniversities checks that "<US state> State" is the university
// named so, but for the states news calls so and for a state elsewhere.
func TestStateUniversities(t *testing.T) {
	checkTypes(t, []typeCase{
		{"He played two seasons for Kansas State before the draft.", "Kansas State", graph.Organization},
		{"Officials in New York State said the roads were closed.", "New York", graph.Place},
		// A body named by a head noun: "Corps" is one.
		{"She joined the Quillby Volunteer Corps in 1990.", "Quillby Volunteer Corps", graph.Organization},
	})
}
