package main

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/spf13/cobra"
)

type articlesOptions struct {
	json  bool
	cut   cutFlags
	slice sliceFlags
}

func newArticlesCommand(g *globalOptions) *cobra.Command {
	o := &articlesOptions{}
	c := &cobra.Command{
		Use:   "articles",
		Short: "List the ingested articles and the entities each mentions",
		Long: `List the ingested articles: ID, date, source, how many entities each mentions,
and title. The ID is newsgraph's (a hash of the text; evidence cites it); REF
is the article's own "id" field when its JSON had one.

--source, --since and --until list only the articles of one outlet or dates.
--min-mentions N lists only articles that mention at least N entities; --top N
lists the N that mention the most (then by date and ID).

With --json, prints [{id, ref, title, source, date, entities: [ids]}].
` + exitHelp,
		Example: `  newsgraph articles
  newsgraph articles --source Reuters --since 1987-03-01 --until 1987-03-07
  newsgraph articles --json | jq '.[] | select(.entities | length > 20) | .title'`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runArticles(g, o) },
	}
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	f := c.Flags()
	o.cut.add(f, "list only the N articles that mention the most entities (0: all)", "list only articles that mention at least N entities")
	f.StringVar(&o.slice.o.Source, "source", "", "only articles from this outlet")
	f.StringVar(&o.slice.o.Since, "since", "", "only articles dated on or after this day (YYYY-MM-DD)")
	f.StringVar(&o.slice.o.Until, "until", "", "only articles dated on or before this day (YYYY-MM-DD)")
	return c
}

// articleRow is one article as "articles --json" prints it.
type articleRow struct {
	ID       string     `json:"id"`
	Ref      string     `json:"ref"`
	Title    string     `json:"title"`
	Source   string     `json:"source"`
	Date     string     `json:"date"`
	Entities []graph.ID `json:"entities"`
}

func runArticles(g *globalOptions, o *articlesOptions) error {
	o.slice.weight = string(analytics.BySentences)
	if err := o.slice.check(); err != nil {
		return err
	}
	if err := o.cut.check(); err != nil {
		return err
	}
	gr, err := loadGraph(g, 0)
	if err != nil {
		return err
	}
	o.slice.noteUndated(g.stderr, gr)
	rows := []articleRow{}
	for _, a := range analytics.Slice(gr, analytics.SliceOptions{Source: o.slice.o.Source, Since: o.slice.o.Since, Until: o.slice.o.Until}).Articles {
		if len(a.Entities) >= o.cut.minMentions {
			rows = append(rows, articleRow{ID: a.ID, Ref: a.Ref, Title: a.Title, Source: a.Source, Date: a.Date, Entities: a.Entities})
		}
	}
	if o.cut.top > 0 {
		slices.SortStableFunc(rows, func(a, b articleRow) int {
			return cmp.Or(cmp.Compare(len(b.Entities), len(a.Entities)), cmp.Compare(a.Date, b.Date))
		})
		rows = rows[:o.cut.limit(len(rows))]
	}
	if o.json {
		return writeJSON(g.stdout, rows)
	}
	w := table(g.stdout)
	fmt.Fprintf(w, "ID\tREF\tDATE\tSOURCE\tENTITIES\tTITLE\n")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%s\n", r.ID, safe(truncate(r.Ref, 16)), safe(truncate(r.Date, 16)),
			safe(truncate(r.Source, 20)), len(r.Entities), safe(truncate(r.Title, 60)))
	}
	return w.Flush()
}
