package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestUniversityShortName checks that a town's name is the university the
// article names after it ("Harvard" after "Harvard University"), even
// after "at", and that a city of its own stays the city.
func TestUniversityShortName(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	ex := x.Extract("Tova Brenn graduated from Harvard University in 1990. She later taught at Harvard and lived in Cambridge. A professor at Cambridge University, Dan Ode, said Cambridge was cold.")
	var uni *Entity
	for _, e := range ex.Entities {
		if e.Name == "Harvard University" {
			uni = e
		}
	}
	if uni == nil || uni.Type != graph.Organization || !slices.Contains(uni.Aliases, "Harvard") {
		t.Errorf("Harvard University = %+v, want an organization with the alias Harvard", uni)
	}
	if got := typeNamed(ex, "Cambridge"); got != graph.Place {
		t.Errorf("Cambridge is %q, want place", got)
	}
}

// TestIndustryHeadShortName checks that a company's first word alone is
// the company whose name ends with an industry word and a corporate word
// ("Quillby Automobile Co", "Vestra Motor Corp"), on made-up names.
func TestIndustryHeadShortName(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tc := range []struct{ text, full, short string }{
		{"Quillby has a long history in Canada. In 1910 the Quillby Automobile Co. was set up there.", "Quillby Automobile Co", "Quillby"},
		{"Vestra Motor Corp said sales rose. Vestra also cut prices.", "Vestra Motor Corp", "Vestra"},
	} {
		ex := x.Extract(tc.text)
		var full *Entity
		for _, e := range ex.Entities {
			if e.Name == tc.full {
				full = e
			}
		}
		if full == nil || full.Type != graph.Organization || !slices.Contains(full.Aliases, tc.short) {
			t.Errorf("%q: %s = %+v, want an organization with the alias %s", tc.text, tc.full, full, tc.short)
		}
	}
}
