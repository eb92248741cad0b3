package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestOrgContext checks the org-context stage on sentences written for
// this test.
func TestOrgContext(t *testing.T) {
	cases := []typeCase{
		{"Prices rose, said Ann Kerr of Halvern Foods.", "Halvern Foods", graph.Organization},
		{"Leeds chairman Tom Hale said the club would be sold.", "Leeds", graph.Organization},
		{"Tom Hale moved to Leeds last year.", "Leeds", graph.Place},
		{"White House spokesman Tom Hale declined to comment.", "White House", graph.Organization},
		{"London mayor Tom Hale opened the bridge.", "London", graph.Place}, // a capital keeps its type
		{"Mr Tom Hale headed the Volmark group until 2001.", "Volmark", graph.Organization},
		{"Prices fell, said Tom Hale, an economist at Swiss Volmark in Zurich.", "Swiss Volmark", graph.Organization},
		{"Sales rose, said Tom Hale, Korvanta's chairman.", "Korvanta", graph.Organization},
		{"Dan Ode, BT's managing director, agreed.", "BT", graph.Organization}, // an acronym the gazetteer reads as Bhutan
		{"The world's biggest toy firm, Halbrook Kessler, reported profits.", "Halbrook Kessler", graph.Organization},
		{"Tom Hale praised Korvanta's chairman.", "Tom Hale", graph.Person},
		// Shares, shareholders and profits are a company's (companyCued).
		{"Shares of Tarnwick rose 4 percent on Tuesday.", "Tarnwick", graph.Organization},
		{"Crandell's shareholders voted against the plan.", "Crandell", graph.Organization},
		{"Ann Tarby's shares were sold.", "Ann Tarby", graph.Person},
		{"Ostley said its members agreed.", "Ostley", graph.Person},
	}
	checkTypes(t, cases) // the recognizer reads most company names as places
}

// typeCase is a text, a name the extraction must hold and its type.
type typeCase struct {
	text, name string
	want       graph.Type
}

// checkTypes extracts each case's text with the trained recognizer and
// checks the named entity's type.
func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, c := range cases {
		found := false
		for _, e := range x.Extract(c.text).Entities {
			if e.Name == c.name {
				found = true
				if e.Type != c.want {
					t.Errorf("%q: %s is %s, want %s", c.text, c.name, e.Type, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", c.text, c.name)
		}
	}
}
