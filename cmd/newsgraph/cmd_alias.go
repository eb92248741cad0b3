package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type aliasOptions struct {
	names nameFlags
	json  bool
}

func newAliasCommand(g *globalOptions) *cobra.Command {
	o := &aliasOptions{}
	c := &cobra.Command{
		Use:   "alias add|remove NAME ALIAS",
		Short: "Add an alias to an entity, or remove one",
		Long: `Add ALIAS to the aliases of the entity NAME, or remove it.

An added alias links articles ingested later that use it to the entity. A
removed alias no longer shows, and articles ingested later that use it are no
longer linked to the entity by it.

With --json, prints {curation, before: [the entity as it was], entities: [the
entity], relations_before, relations_after}.
` + namesHelp + curationHelp + exitHelp,
		Example: `  newsgraph alias add "Pakistan Peoples Party" PPP
  newsgraph alias remove "Imran Khan" Khan`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	add := &cobra.Command{
		Use:   "add NAME ALIAS",
		Short: "Add an alias to an entity",
		Long:  c.Long,
		Args:  cobra.ExactArgs(2),
		RunE:  func(_ *cobra.Command, args []string) error { return runAlias(g, o, store.OpAliasAdd, args[0], args[1]) },
	}
	remove := &cobra.Command{
		Use:   "remove NAME ALIAS",
		Short: "Remove an alias from an entity",
		Long:  c.Long,
		Args:  cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			return runAlias(g, o, store.OpAliasRemove, args[0], args[1])
		},
	}
	for _, sub := range []*cobra.Command{add, remove} {
		sub.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
		o.names.add(sub.Flags(), false)
	}
	c.AddCommand(add, remove)
	return c
}

func runAlias(g *globalOptions, o *aliasOptions, op store.Op, name, alias string) error {
	alias = strings.TrimSpace(alias)
	if gazetteer.Key(alias) == "" {
		return failf(exitStore, "the alias %q has no letters or digits", alias)
	}
	build := func(gr *graph.Graph) (store.Curation, error) {
		e, err := o.names.find(g, gr, name, 0)
		if err != nil {
			return store.Curation{}, err
		}
		has := slices.ContainsFunc(e.Aliases, func(a string) bool { return names.SurfaceFold(a) == names.SurfaceFold(alias) })
		c := store.Curation{Op: op, Entity: e.ID, Name: alias, Keys: []string{gazetteer.Key(alias)}}
		switch {
		case op == store.OpAliasAdd && (has || names.SurfaceFold(e.Name) == names.SurfaceFold(alias)):
			return c, failf(exitFailure, "%s already has the alias %s", describe(e), quote(alias))
		case op == store.OpAliasRemove && !has:
			return c, failf(exitFailure, "%s has no alias %s (aliases: %s)", describe(e), quote(alias), safe(strings.Join(e.Aliases, ", ")))
		case op == store.OpAliasAdd:
			c.Summary = fmt.Sprintf("add alias %s to %s", quote(alias), describe(e))
		default:
			c.Summary = fmt.Sprintf("remove alias %s from %s", quote(alias), describe(e))
		}
		return c, nil
	}
	res, err := curate(g, false, build, keep)
	if err != nil {
		return err
	}
	return report(g, res, o.json)
}
