package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/spf13/cobra"
)

// The README shows the demo's map; go generate draws it again, and CI
// checks that doing so leaves the tree unchanged.
//go:generate sh -c "d=$DOLLAR(mktemp -d) && go run . demo --out $DOLLAR{d}/demo >/dev/null && cp $DOLLAR{d}/demo/map.svg ../../docs/demo-map.svg && rm -rf $DOLLAR{d}"

func newDemoCommand(g *globalOptions) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "demo",
		Short: "Build a graph from the sample articles and draw it",
		Long: `Build a knowledge graph from the sample articles shipped inside newsgraph (a
story of May 2025: India's and Pakistan's diplomatic delegations after the
Pahalgam attack and Operation Sindoor), in a fresh store under --out, and write
the relationship map (map.svg) and the graph (graph.graphml) there.

The store is DIR/newsgraph.db; query it afterwards with --db, e.g.
  newsgraph --db newsgraph-demo/newsgraph.db show "Shehbaz Sharif"
` + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runDemo(c.Context(), g, out) },
	}
	c.Flags().StringVar(&out, "out", "newsgraph-demo", "directory for the store, map.svg and graph.graphml")
	return c
}

func runDemo(ctx context.Context, g *globalOptions, out string) error {
	dbDir := filepath.Join(out, "newsgraph.db")
	if err := removeOldStore(dbDir); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	s, err := store.Open(dbDir, store.Options{Create: true})
	if err != nil {
		return err
	}
	inputs, err := sampleInputs()
	if err != nil {
		s.Close()
		return err
	}
	sum, err := ingest.New(s, ingest.Options{}).Run(ctx, inputs, nil)
	if err == nil && len(sum.Failed) > 0 {
		f := sum.Failed[0]
		err = fmt.Errorf("demo sample %s: %s", f.Path, f.Error)
	}
	if err == nil && sum.Interrupted {
		err = context.Canceled
	}
	if err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "Read %d sample articles into %s\n", sum.Added, dbDir)

	dg := *g
	dg.db = dbDir
	gr, err := loadGraph(&dg, 1)
	if err != nil {
		return err
	}
	byType := map[graph.Type]int{}
	members := 0
	for _, e := range gr.Entities {
		byType[e.Type]++
	}
	for _, r := range gr.Relations {
		if r.Kind == graph.MemberOf {
			members++
		}
	}
	var parts []string
	for _, t := range graph.Types {
		parts = append(parts, fmt.Sprintf("%d %s", byType[t], t))
	}
	fmt.Fprintf(g.stdout, "Found %d entities (%s) and %d relations, %d of them person → party memberships\n",
		len(gr.Entities), strings.Join(parts, ", "), len(gr.Relations), members)

	scores, err := analytics.Centrality(gr, analytics.PageRank, analytics.Options{})
	if err != nil {
		return err
	}
	top := append([]graph.Entity(nil), gr.Entities...)
	sortByScore(top, scores)
	fmt.Fprintf(g.stdout, "Most central (PageRank):")
	for i, e := range top[:min(5, len(top))] {
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(g.stdout, "%s %s", sep, safe(e.Name))
	}
	fmt.Fprintln(g.stdout)

	for _, f := range []struct{ format, file string }{{"svg", "map.svg"}, {"graphml", "graph.graphml"}} {
		o := &exportOptions{format: f.format, top: 150, by: string(analytics.PageRank)}
		if f.format == "graphml" {
			o.top = 0
		}
		sub, eo, err := prepareExport(&dg, gr, o, "", analytics.PageRank, nil)
		if err != nil {
			return err
		}
		eo.Title += ": sample articles"
		var buf bytes.Buffer
		if err := writeFormat(ctx, &buf, sub, o, eo); err != nil {
			return err
		}
		p := filepath.Join(out, f.file)
		if err := writeOutput(g.stdout, p, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(g.stdout, "Wrote %s\n", p)
	}
	fmt.Fprintf(g.stdout, "Next: newsgraph --db %s entities | rank --by pagerank | show %s\n", dbDir, quote(top[0].Name))
	return nil
}

// sampleInputs returns the sample articles embedded in data, as inputs
// named by their paths there.
func sampleInputs() ([]ingest.Input, error) {
	names, err := fs.Glob(data.Samples, "samples/*")
	if err != nil {
		return nil, err
	}
	var inputs []ingest.Input
	for _, name := range names {
		if strings.HasSuffix(name, "README.md") {
			continue
		}
		b, err := fs.ReadFile(data.Samples, name)
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, ingest.Input{Path: name, Reader: bytes.NewReader(b), Format: article.FormatOf(name)})
	}
	return inputs, nil
}

// removeOldStore deletes a previous demo store, refusing to delete a
// directory that is not a newsgraph store.
func removeOldStore(dir string) error {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		return err
	}
	s.Close()
	return os.RemoveAll(dir)
}
