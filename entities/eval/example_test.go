package eval_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/entities/eval"
	"github.com/newsgraph/newsgraph/graph"
)

// A gold of one article and the graph a pipeline made of it: one relation
// right, one of the wrong kind, one missed.
func ExampleScore() {
	gold := &eval.Gold{Format: eval.Format, Articles: []eval.Article{{
		ID: "a1", Text: "Acme chief executive Ann Lee and analyst Bo Yu of Big Bank flew to Rome.",
		Entities: []eval.Entity{
			{ID: "lee", Name: "Ann Lee", Type: graph.Person, Aliases: []string{"Lee"}},
			{ID: "acme", Name: "Acme", Type: graph.Organization},
			{ID: "yu", Name: "Bo Yu", Type: graph.Person},
			{ID: "bb", Name: "Big Bank", Type: graph.Organization},
			{ID: "rome", Name: "Rome", Type: graph.Place},
		},
		Relations: []eval.Relation{
			{Kind: graph.Leads, Source: "lee", Target: "acme", Role: "chief executive"},
			{Kind: graph.AffiliatedWith, Source: "yu", Target: "bb"},
			{Kind: graph.Visits, Source: "yu", Target: "rome"},
		},
	}}}
	ev := []graph.Evidence{{Article: "x1"}}
	g := &graph.Graph{
		Articles: []graph.Article{{ID: "x1", Ref: "a1"}},
		Entities: []graph.Entity{{ID: 1, Name: "Ann Lee"}, {ID: 2, Name: "ACME"}, {ID: 3, Name: "Bo Yu"}, {ID: 4, Name: "Big Bank"}},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.Leads, Evidence: ev},
			{Source: 3, Target: 4, Kind: graph.HoldsRole, Evidence: ev},
		},
	}
	rep := eval.Score(gold, g, eval.ArticleMap(gold, g), "example")
	for _, mode := range []string{"strict", "loose"} {
		t := rep.Table(mode, "all").Total
		fmt.Printf("%s: %d of %d predictions correct, %d gold; precision %.2f, recall %.2f\n",
			mode, t.Correct, t.Predicted, t.Gold, t.Precision, t.Recall)
	}
	// Output:
	// strict: 1 of 2 predictions correct, 3 gold; precision 0.50, recall 0.33
	// loose: 2 of 2 predictions correct, 3 gold; precision 1.00, recall 0.67
}
