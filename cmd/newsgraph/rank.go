package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/spf13/cobra"
)

type rankOptions struct {
	by         string
	typ        string
	top        int
	unweighted bool
	json       bool
	slice      sliceFlags // --source, --since, --until, --weight, --min-confidence (slice.go)
}

func newRankCommand(g *globalOptions) *cobra.Command {
	o := &rankOptions{}
	c := &cobra.Command{
		Use:   "rank",
		Short: "Rank entities by centrality: who is most central",
		Long: `Rank entities by a centrality measure over the graph in which two entities are
adjacent when any relation links them, with weight w = the number of supporting
sentences.

  degree        number of distinct neighbours
  weighted_degree  sum of w over the entity's relations
  pagerank      PageRank, damping 0.85, random walk weighted by w; scores sum to 1
  betweenness   share of shortest paths passing through the entity (Brandes,
                normalised by (n-1)(n-2)/2); edge length 1/w, so a heavier
                tie is a shorter distance
  closeness     harmonic closeness: sum over others of 1/d, divided by n-1;
                d = sum of 1/w along the shortest path; defined on
                disconnected graphs (unreachable pairs add 0)
  eigenvector   eigenvector centrality of the w-weighted adjacency, L2-normalised

--unweighted sets every w to 1 (the plain-graph measure). --type filters the
listing, not the graph.

With --json, prints [{id, name, type, score}].
` + sliceHelp + exitHelp,
		Example: `  newsgraph rank --by pagerank --top 10
  newsgraph rank --by betweenness --type person --json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runRank(g, o) },
	}
	c.Flags().StringVar(&o.by, "by", "degree", "measure: degree, weighted_degree, pagerank, betweenness, closeness or eigenvector")
	c.Flags().StringVar(&o.typ, "type", "", "only list entities of this type")
	c.Flags().IntVar(&o.top, "top", 20, "how many to list (0: all)")
	c.Flags().BoolVar(&o.unweighted, "unweighted", false, "ignore relation weights")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	o.slice.add(c.Flags())
	return c
}

type rankRow struct {
	ID    graph.ID   `json:"id"`
	Name  string     `json:"name"`
	Type  graph.Type `json:"type"`
	Score float64    `json:"score"`
}

func parseMeasure(s string) (graph.Measure, error) {
	m := graph.Measure(strings.ToLower(s))
	if slices.Contains(graph.Measures, m) {
		return m, nil
	}
	names := make([]string, len(graph.Measures))
	for i, m := range graph.Measures {
		names[i] = string(m)
	}
	return "", failf(exitStore, "unknown measure %q (want %s)", s, strings.Join(names, ", "))
}

func runRank(g *globalOptions, o *rankOptions) error {
	m, err := parseMeasure(o.by)
	if err != nil {
		return err
	}
	t, err := parseType(o.typ)
	if err != nil {
		return err
	}
	gr, err := o.slice.load(g, 0)
	if err != nil {
		return err
	}
	scores, err := graph.Centrality(gr, m, graph.AnalyticsOptions{Unweighted: o.unweighted})
	if err != nil {
		return err
	}
	rows := []rankRow{}
	for _, e := range gr.Entities {
		if t == "" || e.Type == t {
			rows = append(rows, rankRow{ID: e.ID, Name: e.Name, Type: e.Type, Score: scores[e.ID]})
		}
	}
	slices.SortStableFunc(rows, func(a, b rankRow) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	if o.top > 0 && len(rows) > o.top {
		rows = rows[:o.top]
	}
	if o.json {
		return writeJSON(g.stdout, rows)
	}
	w := table(g.stdout)
	fmt.Fprintf(w, "RANK\tNAME\tTYPE\t%s\n", strings.ToUpper(string(m)))
	for i, r := range rows {
		fmt.Fprintf(w, "%d\t%s\t%s\t%.6g\n", i+1, safe(truncate(r.Name, 40)), r.Type, r.Score)
	}
	return w.Flush()
}

// sortByScore orders entities by descending score, then by ID.
func sortByScore(es []graph.Entity, scores map[graph.ID]float64) {
	slices.SortStableFunc(es, func(a, b graph.Entity) int {
		return cmp.Or(cmp.Compare(scores[b.ID], scores[a.ID]), cmp.Compare(a.ID, b.ID))
	})
}
