package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestDepartmentMinister checks that a department's secretary also holds
// an office of the state the article is about (sentences written for
// this test).
func TestDepartmentMinister(t *testing.T) {
	// The country is named twice, never in the secretary's sentence.
	text := "The United States will act, the Treasury said on Monday. The United States has debts. Treasury Secretary Ann Kerr said taxes would fall."
	ex := New(WithRecognizer(ner.DefaultRecognizer())).Extract(text)
	var toCountry, toDept bool
	for _, r := range ex.Relations {
		if r.Kind != graph.HoldsRole || ex.Entities[r.From].Name != "Ann Kerr" {
			continue
		}
		switch ex.Entities[r.To].Name {
		case "United States":
			toCountry = true
		case "Treasury":
			toDept = true
		}
	}
	if !toCountry || !toDept {
		t.Errorf("Ann Kerr holds_role United States %v, Treasury %v; want both", toCountry, toDept)
	}
	if departmentMinister("Treasury", "spokesman") || !departmentMinister("Ministry of Finance", "minister") {
		t.Error("departmentMinister: a spokesman is staff, a ministry's minister holds a state office")
	}
}
