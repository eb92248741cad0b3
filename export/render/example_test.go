package render_test

import (
	"bytes"
	"context"
	"fmt"
	"log"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/export/render"
	"github.com/newsgraph/newsgraph/graph"
)

func ExampleSVG() {
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Olaf Scholz", Type: graph.Person, Mentions: 3},
			{ID: 2, Name: "SPD", Type: graph.Party, Mentions: 1},
		},
		Relations: []graph.Relation{{Source: 1, Target: 2, Kind: graph.MemberOf, Weight: 1}},
	}
	var dot bytes.Buffer
	if err := export.WriteDOT(&dot, g, export.Options{Title: "Example"}); err != nil {
		log.Fatal(err)
	}
	svg, err := render.SVG(context.Background(), dot.Bytes(), "") // neato for a small graph
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(svg, []byte("<svg")), bytes.Contains(svg, []byte(">Olaf Scholz</text>")))
	// Output: true true
}
