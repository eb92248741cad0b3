package analytics_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
)

// The graph as one outlet told it, each relation weighed by the articles
// that support it.
func ExampleSlice() {
	g := &graph.Graph{
		Entities: []graph.Entity{{ID: 1, Name: "Sharif", Type: graph.Person}, {ID: 2, Name: "Pakistan", Type: graph.Country}, {ID: 3, Name: "India", Type: graph.Country}},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.CoMention, Weight: 3, Confidence: 1, Evidence: []graph.Evidence{{Article: "a"}, {Article: "a", Start: 9}, {Article: "b"}}},
			{Source: 1, Target: 3, Kind: graph.CoMention, Weight: 1, Confidence: 1, Evidence: []graph.Evidence{{Article: "c"}}},
		},
		Articles: []graph.Article{
			{ID: "a", Source: "Wire", Entities: []graph.ID{1, 2}},
			{ID: "b", Source: "Wire", Entities: []graph.ID{1, 2}},
			{ID: "c", Source: "Post", Entities: []graph.ID{1, 3}},
		},
	}
	s := analytics.Slice(g, analytics.SliceOptions{Source: "Wire", Weight: analytics.ByArticles})
	for _, e := range s.Entities {
		fmt.Println(e.Name, "in", e.Articles, "articles")
	}
	for _, r := range s.Relations {
		fmt.Println(s.Entity(r.Source).Name, "-", s.Entity(r.Target).Name, "weight", r.Weight)
	}
	// Output:
	// Sharif in 2 articles
	// Pakistan in 2 articles
	// Sharif - Pakistan weight 2
}
