package main

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type renameOptions struct {
	names nameFlags
	json  bool
}

func newRenameCommand(g *globalOptions) *cobra.Command {
	o := &renameOptions{}
	c := &cobra.Command{
		Use:   "rename NAME NEW",
		Short: "Give an entity a new name",
		Long: `Give the entity NAME the name NEW. The old name becomes an alias, and articles
ingested later that say NEW are linked to the entity.

With --json, prints {curation, before: [the entity as it was], entities: [the
entity], relations_before, relations_after}.
` + namesHelp + curationHelp + exitHelp,
		Example: `  newsgraph rename "Modi" "Narendra Modi"`,
		Args:    cobra.ExactArgs(2),
		RunE:    func(_ *cobra.Command, args []string) error { return runRename(g, o, args[0], args[1]) },
	}
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	o.names.add(c.Flags(), false)
	return c
}

func runRename(g *globalOptions, o *renameOptions, name, to string) error {
	to = strings.TrimSpace(to)
	if to == "" || gazetteer.Key(to) == "" {
		return failf(exitStore, "the new name %q has no letters or digits", to)
	}
	build := func(gr *graph.Graph) (store.Curation, error) {
		e, err := o.names.find(g, gr, name, 0)
		if err != nil {
			return store.Curation{}, err
		}
		if e.Name == to {
			return store.Curation{}, failf(exitFailure, "%s is already named %s", describe(e), quote(to))
		}
		return store.Curation{Op: store.OpRename, Entity: e.ID, Name: to, Keys: []string{gazetteer.Key(to)},
			Summary: fmt.Sprintf("rename %s to %s", describe(e), quote(to))}, nil
	}
	res, err := curate(g, false, build, keep)
	if err != nil {
		return err
	}
	return report(g, res, o.json)
}
