package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSizedAndLedEvents checks event nominals named by an amount of
// money between determiner and head (events_amounts.go), by a title
// before the name after "of" and by a gerund that takes an object
// (events_phrase_forms.go), and events a "-led" compound names
// (events_led.go), on sentences written for this test.
func TestSizedAndLedEvents(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		// an amount between the determiner or owner and the head
		{"Chile has signed a $40bn (£21bn) deal to import gas from Peru.", "Chile", "deal to import gas", true},
		{"Acme Motors agreed a 25m euro deal with Bolt Ltd.", "Bolt Ltd", "deal with Bolt Ltd", true},
		{"Acme Motors's $5.4bn offer for Bolt Ltd was rejected.", "Acme Motors", "offer for Bolt Ltd", true},
		{"Acme Motors plans to use its 1.05 billion dlr acquisition of Bolt Ltd to grow.", "Bolt Ltd", "acquisition of Bolt Ltd", true},
		{"Acme Motors plans to use its 1.05 billion dlr acquisition of Bolt Ltd to grow.", "Acme Motors", "acquisition of Bolt Ltd", true},
		{"Acme Motors said a $40bn deal would be hard to reach.", "Acme Motors", "deal", false},
		{"The Bank of England has signed a 3.1 billion yen loan agreement.", "Bank of England", "loan agreement", true},
		{"A unit of the Netherlands has signed a 3.1 billion yen loan agreement.", "Netherlands", "loan agreement", false},
		// a title after "of"; conflict and debt nominals
		{"Police are investigating the killing of President Tom Hale in Lima.", "Tom Hale", "killing of President Tom Hale", true},
		{"Police confirmed the arrest of Mr Tom Hale on Monday.", "Tom Hale", "arrest of Mr Tom Hale", true},
		{"President Tom Hale's murder shocked the country.", "Tom Hale", "murder", true},
		{"Peru's rescheduling was agreed by its creditors on Monday.", "Peru", "rescheduling", true},
		{"Peru's debt rescheduling talks with its banks resumed.", "Peru", "debt rescheduling talks", true},
		// a gerund with an object is a verb, not an event
		{"Acme Motors's proposal includes rescheduling secured debt payments.", "Acme Motors", "proposal includes rescheduling", false},
		{"Rebels were accused by Peru of bombing 12 villages.", "Peru", "bombing", false},
		// "-led"
		{"The U.S.-led invasion of Ruritania began on Monday.", "United States", "invasion of Ruritania", true},
		{"A U.S.-led coalition captured the town.", "United States", "coalition", false},
		{"Peru said it opposed any U.S.-led invasion.", "United States", "invasion", false},
	})
}

// TestRunVerbs checks the verbs of running an occurrence that
// take an event nominal as their object (lightVerbs, events_nominal.go),
// on sentences written for this test.
func TestRunVerbs(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"President Tom Hale chaired the inquiry.", "Tom Hale", "inquiry", true},
		{"The World Bank organised a protest against the loans.", "World Bank", "protest against the loans", true},
		{"President Tom Hale led the rescue of Acme Motors.", "Tom Hale", "rescue of Acme Motors", true},
		{"President Tom Hale refused to chair the inquiry.", "Tom Hale", "inquiry", false},
		{"Civil servants in Wales organised the boycott.", "Wales", "boycott", false},
		{"President Tom Hale hopes to chair the inquiry.", "Tom Hale", "inquiry", false},
	})
}
