package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type splitOptions struct {
	names  nameFlags
	alias  string
	dryRun bool
	json   bool
}

func newSplitCommand(g *globalOptions) *cobra.Command {
	o := &splitOptions{}
	c := &cobra.Command{
		Use:   "split NAME --alias X",
		Short: "Split off the mentions of an entity that read X as a new entity",
		Long: `Split the entity NAME in two: every mention whose text reads X (compared
without case, accents, punctuation, a leading "the" or a possessive) becomes a
mention of a new entity named X, of the same type. Each relation follows the
sentences that support it: a sentence that names X goes to the new entity.
Use it when two real-world entities were wrongly merged ("Khan" the cricketer
and "Khan" the minister). Articles ingested later are split the same way.

With --json, prints {dry_run, curation, before: [the entity as it was], entities: [the entity,
the new one],
relations_before, relations_after}.
` + namesHelp + curationHelp + exitHelp,
		Example: `  newsgraph split "Imran Khan" --alias "Sadiq Khan"
  newsgraph split "Jha" --alias "Sanjay Jha" --dry-run`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return runSplit(g, o, args[0]) },
	}
	c.Flags().StringVar(&o.alias, "alias", "", "the surface form to split off (required)")
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, "show what would split; change nothing")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	o.names.add(c.Flags(), false)
	c.MarkFlagRequired("alias")
	return c
}

func runSplit(g *globalOptions, o *splitOptions, name string) error {
	alias := strings.TrimSpace(o.alias)
	if names.SurfaceFold(alias) == "" {
		return failf(exitStore, "--alias %q has no letters or digits", o.alias)
	}
	var from *graph.Entity
	build := func(gr *graph.Graph) (store.Curation, error) {
		e, err := o.names.find(g, gr, name, 0)
		if err != nil {
			return store.Curation{}, err
		}
		from = e
		return store.Curation{Op: store.OpSplit, Entity: e.ID, Name: alias, Type: e.Type,
			Summary: fmt.Sprintf("split %s off %s", quote(alias), describe(e))}, nil
	}
	check := func(t *store.Txn, after *graph.Graph, c *store.Curation) ([]graph.Entity, error) {
		out := entitiesByID(after, c.Entity, c.NewID)
		if e := after.Entity(c.NewID); e == nil || e.Mentions == 0 {
			msg := fmt.Sprintf("no mention of %s reads %s; nothing to split", describe(from), quote(alias))
			if forms, err := t.Surfaces(c.Entity); err == nil && len(forms) > 0 {
				msg += " (its mentions read " + formList(forms, 8) + ")"
			}
			return nil, failf(exitFailure, "%s", msg)
		}
		if e := after.Entity(c.Entity); e == nil || e.Mentions == 0 {
			return nil, failf(exitFailure, "every mention of %s reads %s; rename it instead", describe(from), quote(alias))
		}
		return out, nil
	}
	res, err := curate(g, o.dryRun, build, check)
	if err != nil {
		return err
	}
	return report(g, res, o.json)
}

// formList lists up to n surface forms, most frequent first:
// "Zardari" ×2, "Mr Zardari".
func formList(forms map[string]int, n int) string {
	keys := slices.SortedFunc(maps.Keys(forms), func(a, b string) int {
		return cmp.Or(cmp.Compare(forms[b], forms[a]), cmp.Compare(a, b))
	})
	var parts []string
	for i, k := range keys {
		if i == n {
			parts = append(parts, fmt.Sprintf("… %d more", len(keys)-n))
			break
		}
		p := quote(safe(k))
		if forms[k] > 1 {
			p += fmt.Sprintf(" ×%d", forms[k])
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}
