package doctor_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/doctor"
)

// Diagnose finds what a curator should look at.
func ExampleDiagnose() {
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: 1, Name: "Shehbaz Sharif", Type: graph.Person, Mentions: 9},
		{ID: 2, Name: "Shahbaz Sharif", Type: graph.Person, Mentions: 1},
		{ID: 3, Name: "Pakistan Peoples Party", Type: graph.Party, Mentions: 4},
		{ID: 4, Name: "PPP", Type: graph.Party, Mentions: 2},
		{ID: 5, Name: "Georgia", Type: graph.Country},
		{ID: 6, Name: "Georgia", Type: graph.Place},
	}}
	rep := doctor.Diagnose(g, doctor.Options{})
	for _, d := range rep.Duplicates {
		fmt.Printf("%s: %s / %s\n", d.Reason, d.Entities[0].Name, d.Entities[1].Name)
	}
	for _, c := range rep.TypeConflicts {
		fmt.Printf("type conflict: %s is a %s and a %s\n", c.Name, c.Entities[0].Type, c.Entities[1].Type)
	}
	// Output:
	// acronym: PPP / Pakistan Peoples Party
	// similar spelling: Shehbaz Sharif / Shahbaz Sharif
	// type conflict: georgia is a country and a place
}
