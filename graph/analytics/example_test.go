package analytics_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
)

// A party, two of its members and a country: the party is the hub.
func ExampleCentrality() {
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "BJP", Type: graph.Party},
			{ID: 2, Name: "Narendra Modi", Type: graph.Person},
			{ID: 3, Name: "Amit Shah", Type: graph.Person},
			{ID: 4, Name: "India", Type: graph.Country},
			{ID: 5, Name: "United Nations", Type: graph.Organization},
		},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.CoMention, Weight: 3},
			{Source: 1, Target: 3, Kind: graph.CoMention, Weight: 1},
			{Source: 1, Target: 4, Kind: graph.CoMention, Weight: 2},
			{Source: 2, Target: 1, Kind: graph.MemberOf, Weight: 1},
			{Source: 2, Target: 4, Kind: graph.CoMention, Weight: 2},
		},
	}
	for _, m := range []analytics.Measure{analytics.Degree, analytics.WeightedDegree, analytics.Betweenness, analytics.Closeness} {
		scores, err := analytics.Centrality(g, m, analytics.Options{Unweighted: m == analytics.Closeness})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-16s", m)
		for _, e := range g.Entities {
			fmt.Printf(" %s=%.3g", e.Name, scores[e.ID])
		}
		fmt.Println()
	}
	// Output:
	// degree           BJP=3 Narendra Modi=2 Amit Shah=1 India=2 United Nations=0
	// weighted_degree  BJP=7 Narendra Modi=6 Amit Shah=1 India=4 United Nations=0
	// betweenness      BJP=0.333 Narendra Modi=0 Amit Shah=0 India=0 United Nations=0
	// closeness        BJP=0.75 Narendra Modi=0.625 Amit Shah=0.5 India=0.625 United Nations=0
}
