package main

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type mergeOptions struct {
	names  nameFlags
	dryRun bool
	json   bool
}

func newMergeCommand(g *globalOptions) *cobra.Command {
	o := &mergeOptions{}
	c := &cobra.Command{
		Use:   "merge KEEP OTHER...",
		Short: "Merge entities that are one real-world entity",
		Long: `Merge OTHER (one or more) into KEEP: they become one entity with KEEP's name
and type, the others' names as aliases, and every mention, article and
relation of all of them. --dry-run shows what would merge, with counts, and
changes nothing.

A name that matches several entities is never merged: --pick N,M chooses.

With --json, prints {dry_run, curation, before: [the entities as they were],
entities: [the merged entity], relations_before, relations_after}.
` + namesHelp + curationHelp + exitHelp,
		Example: `  newsgraph merge "United States" "U.S." USA --dry-run
  newsgraph merge "Bilawal Bhutto Zardari" "Bhutto"`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(_ *cobra.Command, args []string) error { return runMerge(g, o, args) },
	}
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, "show what would merge; change nothing")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	o.names.add(c.Flags(), true)
	return c
}

func runMerge(g *globalOptions, o *mergeOptions, names []string) error {
	build := func(gr *graph.Graph) (store.Curation, error) {
		into, err := o.names.find(g, gr, names[0], 0)
		if err != nil {
			return store.Curation{}, err
		}
		c := store.Curation{Op: store.OpMerge, Entity: into.ID}
		var others []string
		retyped := false
		for i, n := range names[1:] {
			e, err := o.names.find(g, gr, n, i+1)
			if err != nil {
				return c, err
			}
			if e.ID == into.ID {
				return c, failf(exitFailure, "%s and %s are the same entity, %s", quote(names[0]), quote(n), describe(e))
			}
			c.Others = append(c.Others, e.ID)
			others = append(others, describe(e))
			if e.Type != into.Type {
				retyped = true
			}
		}
		c.Summary = fmt.Sprintf("merge %s into %s", strings.Join(others, ", "), describe(into))
		if retyped {
			c.Summary += fmt.Sprintf(" (types differ: the merged entity is a %s)", into.Type)
		}
		return c, nil
	}
	res, err := curate(g, o.dryRun, build, keep)
	if err != nil {
		return err
	}
	return report(g, res, o.json)
}
