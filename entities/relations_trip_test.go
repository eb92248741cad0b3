package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTripVisits checks visits read from a trip behind a preposition, on
// sentences written for this test.
func TestTripVisits(t *testing.T) {
	checkRelCases(t, graph.Visits, []relCase{
		{"Finance Minister Ivo Marsh proposed the fund during a trip to Canada last September.", "Ivo Marsh", "Canada", true},
		{"Finance Minister Ivo Marsh is leaving France on a high-profile tour of Kenya, Uganda and Ghana.", "Ivo Marsh", "Uganda", true},
		{"Finance Minister Ivo Marsh is leaving France on a high-profile tour of Kenya, Uganda and Ghana.", "Ivo Marsh", "Kenya", true},
		{"Finance Minister Ivo Marsh is leaving France on a high-profile tour of Kenya, Uganda and Ghana.", "Ivo Marsh", "France", false},
		{"Finance Minister Ivo Marsh returned on Sunday from a visit to Norway.", "Ivo Marsh", "Norway", true},
		{"During a three-day visit to Norway, Finance Minister Ivo Marsh met the king.", "Ivo Marsh", "Norway", true},
		{"Finance Minister Ivo Marsh said during a visit to Norway that prices would fall.", "Ivo Marsh", "Norway", true},
		{"Finance Minister Ivo Marsh, on the first day of a three-day visit to Norway, said prices would fall.", "Ivo Marsh", "Norway", true},
		{"Finance Minister Ivo Marsh toured the region today before flying to Oslo.", "Ivo Marsh", "Oslo", true},
		{"After visiting Norway, Finance Minister Ivo Marsh flew home.", "Ivo Marsh", "Norway", true},
		{"The talks opened a 12-day visit to Norway by Agriculture Secretary Ivo Marsh.", "Ivo Marsh", "Norway", true},
		{"Finance Minister Ivo Marsh, in a speech on the first day of a visit to Norway, said prices would fall.", "Ivo Marsh", "Norway", true},
		{"Foreign Secretary Ivo Marsh, winding up a two-day visit to Norway, said prices would fall.", "Ivo Marsh", "Norway", true},
		{"The deal was reached during a visit to Norway last week by Sweden's Oil Minister Ivo Marsh.", "Ivo Marsh", "Norway", true},
		{"Prime Minister Ivo Marsh will make an official week-long visit to Norway from April 29.", "Ivo Marsh", "Norway", true},
		{"Farm Minister Ivo Marsh, chairman of the cocoa council, was expected to arrive in London on Monday.", "Ivo Marsh", "London", true},
		{"A visit to Norway by a senior Acme Corporation official was cancelled.", "Acme Corporation", "Norway", false},
		// Someone else's trip, a speech verb, a negation.
		{"Finance Minister Ivo Marsh said the deal was signed during a visit to Norway by Lars Ode.", "Ivo Marsh", "Norway", false},
		{"Finance Minister Ivo Marsh said prices rose during a trip to Norway.", "Ivo Marsh", "Norway", false},
		{"Finance Minister Ivo Marsh did not speak during a trip to Norway.", "Ivo Marsh", "Norway", false},
		{"Finance Minister Ivo Marsh commented on a visit to Norway.", "Ivo Marsh", "Norway", false},
	})
}
