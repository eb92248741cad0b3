package main

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type retypeOptions struct {
	names nameFlags
	json  bool
}

func newRetypeCommand(g *globalOptions) *cobra.Command {
	o := &retypeOptions{}
	c := &cobra.Command{
		Use:   "retype NAME TYPE",
		Short: "Change an entity's type",
		Long: `Change the type of the entity NAME to TYPE: person, party, country,
organization, place or event.

With --json, prints {curation, before: [the entity as it was], entities: [the
entity], relations_before, relations_after}.
` + namesHelp + curationHelp + exitHelp,
		Example: `  newsgraph retype "Awami League" party`,
		Args:    cobra.ExactArgs(2),
		RunE:    func(_ *cobra.Command, args []string) error { return runRetype(g, o, args[0], args[1]) },
	}
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	o.names.add(c.Flags(), false)
	return c
}

func runRetype(g *globalOptions, o *retypeOptions, name, typ string) error {
	t, err := parseType(typ)
	if err != nil {
		return err
	}
	if t == "" {
		return failf(exitStore, "TYPE is empty (want one of person, party, country, organization, place, event)")
	}
	build := func(gr *graph.Graph) (store.Curation, error) {
		e, err := o.names.find(g, gr, name, 0)
		if err != nil {
			return store.Curation{}, err
		}
		if e.Type == t {
			return store.Curation{}, failf(exitFailure, "%s is already a %s", describe(e), t)
		}
		return store.Curation{Op: store.OpRetype, Entity: e.ID, Type: t,
			Summary: fmt.Sprintf("retype %s as %s", describe(e), t)}, nil
	}
	res, err := curate(g, false, build, keep)
	if err != nil {
		return err
	}
	return report(g, res, o.json)
}
