package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestLeadDescription checks the lead's description of a person named
// only in the next sentence (relations_leaddesc.go), on texts written for
// this test.
func TestLeadDescription(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	cases := []struct {
		text, person, body string
		kind               graph.Kind
		want               bool
	}{
		{"The chief executive of the Brindle Motors group has taken control of its car unit. Harold Quenby told staff that the unit would be sold.",
			"Harold Quenby", "Brindle Motors", graph.Leads, true},
		{"Elections will be held in May, the Daily Clarion's political editor has learned. Martin Oakes says the date is fixed.",
			"Martin Oakes", "Daily Clarion", graph.AffiliatedWith, true},
		// The name is given in apposition in the lead itself.
		{"The chief executive of Brindle Motors, Harold Quenby, has resigned. Tom Vass will replace him.",
			"Tom Vass", "Brindle Motors", graph.Leads, false},
		// The person opening the second sentence is named in the lead too.
		{"The chairman of Brindle Motors met Tom Vass on Monday. Tom Vass said the talks went well.",
			"Tom Vass", "Brindle Motors", graph.Leads, false},
		// The second sentence does not open with the name.
		{"The chief executive of Brindle Motors has resigned. On Monday, Harold Quenby said he would stay.",
			"Harold Quenby", "Brindle Motors", graph.Leads, false},
		// The country modifies the body named after it.
		{"The former head of US textile firm Carrow Mills has been charged. Harold Quenby denies the charges.",
			"Harold Quenby", "United States", graph.HoldsRole, false},
		// The country's possessive modifies the body after it.
		{"Talks began after the trade minister of Canada's Vosk province said so. Harold Quenby expects a deal.",
			"Harold Quenby", "Canada", graph.HoldsRole, false},
		// The description is a named person's title in apposition.
		{"Carrow Mills named Tom Vass, chairman and the chief executive of Brindle Motors, to its board. Harold Quenby will join too.",
			"Harold Quenby", "Brindle Motors", graph.Leads, false},
	}
	for _, c := range cases {
		ex := x.Extract(c.text)
		if got := hasRel(ex, c.kind, c.person, c.body); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.person, c.kind, c.body, got, c.want)
		}
	}
}
