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
