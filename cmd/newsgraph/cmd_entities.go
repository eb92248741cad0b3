package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/spf13/cobra"
)

type entitiesOptions struct {
	typ  string
	sort string
	cut  cutFlags
	json bool
}

func newEntitiesCommand(g *globalOptions) *cobra.Command {
	o := &entitiesOptions{}
	c := &cobra.Command{
		Use:   "entities",
		Short: "List the entities in the graph",
		Long: `List the entities in the graph: ID, name, type, mentions, articles and aliases.
--min-mentions N keeps those mentioned at least N times; --top N the first N.

With --json, prints [{id, name, type, aliases, mentions, articles, attrs}].
` + exitHelp,
		Example: `  newsgraph entities --type person --top 20 --min-mentions 5
  newsgraph entities --json | jq '.[] | select(.articles > 1) | .name'`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runEntities(g, o) },
	}
	c.Flags().StringVar(&o.typ, "type", "", "only this type: person, party, country, organization, place or event")
	c.Flags().StringVar(&o.sort, "sort", "mentions", "order: mentions, name or id")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	o.cut.add(c.Flags(), "list only the first N (in --sort order; 0: all)", "list only entities mentioned at least N times")
	return c
}

func runEntities(g *globalOptions, o *entitiesOptions) error {
	t, err := parseType(o.typ)
	if err != nil {
		return err
	}
	if err := o.cut.check(); err != nil {
		return err
	}
	gr, err := loadGraph(g, 0)
	if err != nil {
		return err
	}
	list := make([]graph.Entity, 0, len(gr.Entities))
	for _, e := range gr.Entities {
		if (t == "" || e.Type == t) && e.Mentions >= o.cut.minMentions {
			list = append(list, e)
		}
	}
	switch o.sort {
	case "mentions":
		slices.SortStableFunc(list, func(a, b graph.Entity) int { return cmp.Compare(b.Mentions, a.Mentions) })
	case "name":
		slices.SortStableFunc(list, func(a, b graph.Entity) int { return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	case "id":
	default:
		return failf(exitStore, "unknown --sort %q (want mentions, name or id)", o.sort)
	}
	list = list[:o.cut.limit(len(list))]
	if o.json {
		return writeJSON(g.stdout, list)
	}
	w := table(g.stdout)
	fmt.Fprintln(w, "ID\tNAME\tTYPE\tMENTIONS\tARTICLES\tALIASES")
	for _, e := range list {
		fmt.Fprintf(w, "%d\t%s\t%s\t%d\t%d\t%s\n", e.ID, safe(truncate(e.Name, 40)), e.Type, e.Mentions, e.Articles, safe(truncate(strings.Join(e.Aliases, "; "), 60)))
	}
	return w.Flush()
}
