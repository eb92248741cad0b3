package names_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
)

func ExampleResolver_Resolve() {
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: 1, Name: "Harold Wexby", Type: graph.Person, Mentions: 40, Aliases: []string{"Wexby"}},
		{ID: 2, Name: "Wexby", Type: graph.Place, Mentions: 3},
		{ID: 3, Name: "Amara Quell Ostrander", Type: graph.Person, Mentions: 9},
	}}
	var r names.Resolver
	res := r.Resolve(g, "amara ostrander")
	fmt.Println(res.Stage, res.Unique().Name)
	res = r.Resolve(g, "wexby")
	for i, e := range res.Candidates {
		fmt.Printf("%d. %s (%s)\n", i+1, e.Name, e.Type)
	}
	// Output:
	// token Amara Quell Ostrander
	// 1. Harold Wexby (person)
	// 2. Wexby (place)
}
