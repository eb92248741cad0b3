package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestSpokesFromBefore(t *testing.T) {
	checkRelCases(t, graph.AffiliatedWith, []relCase{
		{"A spokesman for the European Maritime Safety Agency said the rules were clear. The agency would publish its figures in May, spokesman Pieter Hollis said.",
			"Pieter Hollis", "European Maritime Safety Agency", true},
		// A qualified title says whose spokesman it is.
		{"A spokesman for the European Maritime Safety Agency said the rules were clear. The agency would publish its figures in May, government spokesman Pieter Hollis said.",
			"Pieter Hollis", "European Maritime Safety Agency", false},
		// A body named in the spokesman's own sentence is left to the other rules.
		{"A spokesman for the European Maritime Safety Agency said the rules were clear. Spokesman Pieter Hollis said the Brantex Corporation would pay.",
			"Pieter Hollis", "European Maritime Safety Agency", false},
	})
}

func TestBareSpokesQualified(t *testing.T) {
	checkRelCases(t, graph.AffiliatedWith, []relCase{
		{"A spokesman for the European Maritime Safety Agency said the rules were clear. The strikes are the first since 1976, company spokeswoman Ada Brill said.",
			"Ada Brill", "European Maritime Safety Agency", false},
		{"A spokesman for the European Maritime Safety Agency said the rules were clear. \"The strikes are the first since 1976,\" said spokeswoman Ada Brill.",
			"Ada Brill", "European Maritime Safety Agency", true},
	})
}
