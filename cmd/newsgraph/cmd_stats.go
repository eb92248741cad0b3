package main

import (
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

func newStatsCommand(g *globalOptions) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds",
		Long: `Count the store's articles, entities (by type) and relations (by kind).

With --json, prints {articles, entities, relations, by_type, by_kind, evidence, version}.
` + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runStats(g, asJSON) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document")
	return c
}

type statsResult struct {
	Articles  int                `json:"articles"`
	Entities  int                `json:"entities"`
	Relations int                `json:"relations"`
	ByType    map[graph.Type]int `json:"by_type"`
	ByKind    map[graph.Kind]int `json:"by_kind"`
	// Evidence counts supporting sentences over all relations.
	Evidence int    `json:"evidence"`
	Version  uint64 `json:"version"`
}

// kindsOf returns every relation kind in graph.Kinds order, then any
// other kind the store counts (written by a newer extractor), sorted.
func kindsOf(counts map[graph.Kind]int) []graph.Kind {
	kinds := slices.Clone(graph.Kinds)
	var extra []graph.Kind
	for k := range counts {
		if !slices.Contains(kinds, k) {
			extra = append(extra, k)
		}
	}
	slices.Sort(extra)
	return append(kinds, extra...)
}

func runStats(g *globalOptions, asJSON bool) error {
	s, err := openRead(g)
	if err != nil {
		return err
	}
	defer s.Close()
	gr, err := s.Load(store.LoadOptions{})
	if err != nil {
		return err
	}
	v, err := s.Version()
	if err != nil {
		return err
	}
	res := statsResult{Articles: len(gr.Articles), Entities: len(gr.Entities), Relations: len(gr.Relations),
		ByType: map[graph.Type]int{}, ByKind: map[graph.Kind]int{}, Version: v}
	for _, e := range gr.Entities {
		res.ByType[e.Type]++
	}
	for _, r := range gr.Relations {
		res.ByKind[r.Kind]++
		res.Evidence += r.Weight
	}
	if asJSON {
		return writeJSON(g.stdout, res)
	}
	fmt.Fprintf(g.stdout, "store     %s (version %d)\narticles  %d\nentities  %d\n", g.db, v, res.Articles, res.Entities)
	for _, t := range graph.Types {
		fmt.Fprintf(g.stdout, "  %-13s %d\n", t, res.ByType[t])
	}
	fmt.Fprintf(g.stdout, "relations %d (%d supporting sentences)\n", res.Relations, res.Evidence)
	for _, k := range kindsOf(res.ByKind) {
		fmt.Fprintf(g.stdout, "  %-15s %d\n", k, res.ByKind[k])
	}
	return nil
}
