package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFrontedPronoun checks that a pronoun in a phrase opening its
// sentence refers to the subject after it, on sentences written for this
// test.
func TestFrontedPronoun(t *testing.T) {
	checkRelCases(t, graph.Visits, []relCase{
		{"Bank President Lars Ode raised rates. During his trip to Norway, which ends on Friday, Finance Minister Ivo Marsh will meet bankers.", "Ivo Marsh", "Norway", true},
		{"Bank President Lars Ode raised rates. During his trip to Norway, which ends on Friday, Finance Minister Ivo Marsh will meet bankers.", "Lars Ode", "Norway", false},
		// Not fronted: the pronoun refers back.
		{"Bank President Lars Ode raised rates. Finance Minister Ivo Marsh said his trip to Norway was a success.", "Ivo Marsh", "Norway", true},
		// A body between the pronoun and the person: no telling.
		{"Bank President Lars Ode raised rates. During his trip to Norway, the Acme Corporation said Finance Minister Ivo Marsh would meet bankers.", "Ivo Marsh", "Norway", false},
	})
}
