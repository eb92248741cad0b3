package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/export/render"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	format   string
	out      string
	focus    string
	depth    int
	top      int
	typ      string
	by       string
	layout   string
	title    string
	evidence int
	slice    sliceFlags // --source, --since, --until, --weight, --min-confidence (slice.go)
}

var exportFormats = []string{"json", "graphml", "dot", "svg", "png"}

func newExportCommand(g *globalOptions) *cobra.Command {
	o := &exportOptions{}
	c := &cobra.Command{
		Use:   "export --format FORMAT [--out FILE]",
		Short: "Write the graph as JSON, GraphML, DOT, or an SVG/PNG relationship map",
		Long: `Write the graph, or part of it, in one format:

  json     {"nodes": [...], "edges": [{source, target, kind, weight, evidence}], "articles": [...]}
  graphml  GraphML 1.0 with typed attributes (reads into networkx, igraph, Gephi, yEd)
  dot      a Graphviz relationship map
  svg      the map drawn: colour and shape by type, size by centrality (--by),
           edge width by weight, legend, tooltips with evidence
  png      the map as a bitmap (needs Graphviz's dot on PATH for a faithful
           picture; see the export/render package documentation)

--focus NAME --depth N keeps NAME's neighbourhood; --type keeps one type;
--top N keeps the N most central entities (by --by). Maps default to --top 150
so labels stay readable, and say so on stderr when they drop entities.

Output goes to --out (written atomically: a crash never leaves half a file) or
standard output.
` + sliceHelp + exitHelp,
		Example: `  newsgraph export --format svg --out map.svg
  newsgraph export --format graphml --out graph.graphml
  newsgraph export --format svg --focus "Bilawal Bhutto Zardari" --depth 1 --out ego.svg
  newsgraph export --format json | jq '.edges | length'`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runExport(c.Context(), g, o, c.Flags().Changed("top"))
		},
	}
	c.Flags().StringVarP(&o.format, "format", "f", "", "json, graphml, dot, svg or png (required)")
	c.Flags().StringVarP(&o.out, "out", "o", "-", "output file (\"-\": standard output)")
	c.Flags().StringVar(&o.focus, "focus", "", "keep only this entity's neighbourhood")
	c.Flags().IntVar(&o.depth, "depth", 1, "neighbourhood depth for --focus")
	c.Flags().IntVar(&o.top, "top", 150, "keep the N most central entities (0: all; default all for json and graphml)")
	c.Flags().StringVar(&o.typ, "type", "", "keep only entities of this type")
	c.Flags().StringVar(&o.by, "by", "pagerank", "centrality for --top and node size")
	c.Flags().StringVar(&o.layout, "layout", "", "map layout: dot, neato, sfdp, fdp or circo (default: by size)")
	c.Flags().StringVar(&o.title, "title", "", "map title (default: newsgraph and what the map shows)")
	c.Flags().IntVar(&o.evidence, "evidence", -1, "evidence sentences per relation in json and graphml (-1: all)")
	o.slice.add(c.Flags())
	c.MarkFlagRequired("format")
	return c
}

func runExport(ctx context.Context, g *globalOptions, o *exportOptions, topSet bool) error {
	o.format = strings.ToLower(o.format)
	if !slices.Contains(exportFormats, o.format) {
		return failf(exitStore, "unknown format %q (want %s)", o.format, strings.Join(exportFormats, ", "))
	}
	isMap := o.format == "dot" || o.format == "svg" || o.format == "png"
	if !isMap && !topSet {
		o.top = 0
	}
	m, err := parseMeasure(o.by)
	if err != nil {
		return err
	}
	t, err := parseType(o.typ)
	if err != nil {
		return err
	}
	evidence := o.evidence
	if isMap {
		evidence = 1
	}
	gr, err := o.slice.load(g, evidence)
	if err != nil {
		return err
	}
	gr, title, err := selectForExport(g, gr, o, t, m)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeExport(ctx, &buf, gr, o, m, title); err != nil {
		return err
	}
	return writeOutput(g.stdout, o.out, buf.Bytes())
}

// selectForExport narrows the graph as the flags say and returns the
// map title.
func selectForExport(g *globalOptions, gr *graph.Graph, o *exportOptions, t graph.Type, m graph.Measure) (*graph.Graph, string, error) {
	title := "newsgraph"
	if o.focus != "" {
		e, err := o.slice.findOne(gr, o.focus)
		if err != nil {
			return nil, "", err
		}
		gr = graph.Ego(gr, e.ID, o.depth, graph.AnalyticsOptions{})
		title = fmt.Sprintf("newsgraph: %s and its neighbours (depth %d)", e.Name, o.depth)
	}
	if t != "" {
		gr = gr.Subgraph(func(e *graph.Entity) bool { return e.Type == t })
		title += " — " + string(t) + " entities"
	}
	if o.top > 0 && len(gr.Entities) > o.top {
		scores, err := graph.Centrality(gr, m, graph.AnalyticsOptions{})
		if err != nil {
			return nil, "", err
		}
		fmt.Fprintf(g.stderr, "newsgraph: keeping the %d most central of %d entities by %s (--top)\n", o.top, len(gr.Entities), m)
		title += fmt.Sprintf(" — top %d of %d entities by %s", o.top, len(gr.Entities), m)
		gr = export.Top(gr, scores, o.top)
	}
	if o.title != "" {
		title = o.title
	}
	return gr, title, nil
}

func writeExport(ctx context.Context, w io.Writer, gr *graph.Graph, o *exportOptions, m graph.Measure, title string) error {
	scores, err := graph.Centrality(gr, m, graph.AnalyticsOptions{})
	if err != nil {
		return err
	}
	comm, _, err := graph.Communities(gr, graph.AnalyticsOptions{})
	if err != nil {
		return err
	}
	eo := export.Options{Title: title, Scores: scores, ScoreName: string(m), Community: comm}
	switch o.format {
	case "json":
		return export.WriteJSON(w, gr, eo)
	case "graphml":
		return export.WriteGraphML(w, gr, eo)
	case "dot":
		return export.WriteDOT(w, gr, eo)
	}
	var dot bytes.Buffer
	if err := export.WriteDOT(&dot, gr, eo); err != nil {
		return err
	}
	var img []byte
	if o.format == "svg" {
		img, err = render.SVG(ctx, dot.Bytes(), o.layout)
	} else {
		img, err = render.PNG(ctx, dot.Bytes(), o.layout)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(img)
	return err
}

// writeOutput writes data to path atomically (a temporary file renamed
// into place), or to stdout for "-".
func writeOutput(stdout io.Writer, path string, data []byte) error {
	if path == "-" || path == "" {
		_, err := stdout.Write(data)
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
