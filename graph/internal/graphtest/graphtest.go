// Package graphtest holds helpers shared by the graph packages' tests.
package graphtest

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Describe renders a graph's entities and relations one per line, for
// golden files and test failures.
func Describe(g *graph.Graph) string {
	var b strings.Builder
	name := func(id graph.ID) string {
		if e := g.Entity(id); e != nil {
			return e.Name
		}
		return fmt.Sprint("#", id)
	}
	for _, e := range g.Entities {
		fmt.Fprintf(&b, "%s/%s m%d a%d %v\n", e.Name, e.Type, e.Mentions, e.Articles, e.Aliases)
	}
	for _, r := range g.Relations {
		fmt.Fprintf(&b, "%s -%s-> %s w%d e%d\n", name(r.Source), r.Kind, name(r.Target), r.Weight, len(r.Evidence))
	}
	return b.String()
}
