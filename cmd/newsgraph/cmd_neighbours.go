package main

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/spf13/cobra"
)

type neighboursOptions struct {
	names nameFlags
	depth int
	typ   string
	kind  string
	json  bool
	// dgraph, when set, answers from this Dgraph alpha instead of the store.
	dgraph string
	tls    tlsFlags
	slice  sliceFlags // --source, --since, --until, --weight, --min-confidence (slice.go)
}

func newNeighboursCommand(g *globalOptions) *cobra.Command {
	o := &neighboursOptions{}
	c := &cobra.Command{
		Use:     "neighbours NAME",
		Aliases: []string{"neighbors"},
		Short:   "List the entities related to one entity",
		Long: `List the entities within --depth relations of NAME, nearest first and, at the
same depth, most strongly tied first. KIND and WEIGHT describe the strongest
relation that reaches each one (weight = number of supporting sentences).

--kind limits which relations are followed, comma-separated: co_mention,
member_of, capital_of, holds_role, leads, located_in, involved_in, visits,
affiliated_with.
--type filters the entities listed.

With --json, prints [{id, name, type, kind, weight, depth}].

--source, --since, --until, --weight and --min-confidence go with --dgraph
too: the entities within --depth are read from the cluster, then sliced as
the store's graph is. With --dgraph, NAME must be an exact name or alias of
an entity the selected articles mention.
` + dgraphHelp + namesHelp + sliceHelp + exitHelp,
		Example: `  newsgraph neighbours "Shehbaz Sharif"
  newsgraph neighbors BJP --kind member_of --type person --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runNeighbours(g, o, args[0]) },
	}
	c.Flags().IntVar(&o.depth, "depth", 1, "how many relations away")
	c.Flags().StringVar(&o.typ, "type", "", "only entities of this type")
	c.Flags().StringVar(&o.kind, "kind", "", "only follow relations of these kinds (comma-separated)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.Flags().StringVar(&o.dgraph, "dgraph", "", "answer from the Dgraph alpha at HOST:PORT (gRPC)")
	o.tls.register(c.Flags())
	o.names.add(c.Flags(), false)
	o.slice.add(c.Flags())
	return c
}

type neighbourRow struct {
	ID     graph.ID   `json:"id"`
	Name   string     `json:"name"`
	Type   graph.Type `json:"type"`
	Kind   graph.Kind `json:"kind"`
	Weight int        `json:"weight"`
	Depth  int        `json:"depth"`
}

func runNeighbours(g *globalOptions, o *neighboursOptions, name string) error {
	t, err := parseType(o.typ)
	if err != nil {
		return err
	}
	kinds, err := parseKinds(o.kind)
	if err != nil {
		return err
	}
	if o.depth < 1 {
		return failf(exitStore, "--depth must be at least 1")
	}
	var rows []neighbourRow
	if o.dgraph != "" {
		rows, err = dgraphNeighbours(o, name, kinds)
	} else {
		rows, err = localNeighbours(g, o, name, kinds)
	}
	if err != nil {
		return err
	}
	keep := []neighbourRow{}
	for _, r := range rows {
		if t == "" || r.Type == t {
			keep = append(keep, r)
		}
	}
	rows = keep
	if o.json {
		return writeJSON(g.stdout, rows)
	}
	w := table(g.stdout)
	fmt.Fprintf(w, "DEPTH\tNAME\tTYPE\tKIND\tWEIGHT\n")
	for _, r := range rows {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\n", r.Depth, safe(truncate(r.Name, 40)), r.Type, r.Kind, r.Weight)
	}
	return w.Flush()
}

func localNeighbours(g *globalOptions, o *neighboursOptions, name string, kinds []graph.Kind) ([]neighbourRow, error) {
	gr, err := o.slice.load(g, 0)
	if err != nil {
		return nil, err
	}
	e, err := o.slice.scope(o.names.find(g, gr, name, 0))
	if err != nil {
		return nil, err
	}
	return neighboursFrom(gr, e, o.depth, kinds), nil
}

// neighboursFrom lists the entities of gr within depth relations of e.
func neighboursFrom(gr *graph.Graph, e *graph.Entity, depth int, kinds []graph.Kind) []neighbourRow {
	var rows []neighbourRow
	for _, n := range analytics.Neighbours(gr, e.ID, depth, analytics.Options{Kinds: kinds}) {
		ne := gr.Entity(n.ID)
		rows = append(rows, neighbourRow{ID: ne.ID, Name: ne.Name, Type: ne.Type, Kind: n.Kind, Weight: n.Weight, Depth: n.Depth})
	}
	return rows
}
