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
	"github.com/newsgraph/newsgraph/graph/analytics"
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
	names    nameFlags
	slice    sliceFlags // --source, --since, --until, --weight, --min-confidence (slice.go)
	measures string
}

var exportFormats = []string{"json", "graphml", "gexf", "neo4j", "nquads", "dot", "svg", "png"}

func newExportCommand(g *globalOptions) *cobra.Command {
	o := &exportOptions{}
	c := &cobra.Command{
		Use:   "export --format FORMAT [--out FILE]",
		Short: "Write the graph as JSON, GraphML, GEXF, Neo4j CSV, N-Quads, DOT, or an SVG/PNG map",
		Long: `Write the graph, or part of it, in one format:

  json     {"nodes": [...], "edges": [{source, target, kind, weight, evidence}], "articles": [...]}
  graphml  GraphML 1.0 with typed attributes (networkx, igraph, Gephi, Cytoscape, yEd)
  gexf     GEXF 1.2 for Gephi, nodes coloured by community and sized by --by
  neo4j    a directory (--out, required) with nodes.csv and relationships.csv
           for neo4j-admin database import, and constraints.cypher (unique
           entity IDs, indexes on name and type) to run afterwards
  nquads   RDF N-Quads for Dgraph's bulk and live loaders (or any RDF store),
           with the Dgraph schema beside it: --out graph.rdf also writes
           graph.schema
  dot      a Graphviz relationship map
  svg      the map drawn: communities as fill colours, shape by type, node
           size by centrality (--by), edge width by weight, legend, title,
           tooltips with the evidence sentence and its article
  png      the map as a bitmap (needs Graphviz's dot on PATH for a faithful
           picture; see the export/render package documentation)

The data formats (graphml, gexf, neo4j, nquads) carry every entity's
community (Louvain, fixed seed), its --by score and the scores of --measures
as attributes, and every relation's kind, weight, evidence and attributes.

--focus NAME --depth N keeps NAME's neighbourhood (an ego map: edges are
labelled with their relation kinds); --type keeps one type; --top N keeps the
N most central entities (by --by). Maps default to --top 150 so labels stay
readable, and say so on stderr and in the title when they drop entities.
Layouts use a fixed seed, so the same graph always gives the same picture;
--layout picks Graphviz's dot, neato, sfdp, fdp or circo.

Output goes to --out (written atomically: a crash never leaves half a file) or
standard output.
` + sliceHelp + exitHelp,
		Example: `  newsgraph export --format svg --out map.svg
  newsgraph export --format graphml --measures degree,betweenness --out graph.graphml
  newsgraph export --format gexf --out graph.gexf
  newsgraph export --format neo4j --out neo4j-import/
  newsgraph export --format nquads --out graph.rdf     # and graph.schema
  newsgraph export --format svg --focus "Bilawal Bhutto Zardari" --depth 1 --out ego.svg
  newsgraph export --format json | jq '.edges | length'`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runExport(c.Context(), g, o, c.Flags().Changed("top"))
		},
	}
	c.Flags().StringVarP(&o.format, "format", "f", "", strings.Join(exportFormats, ", ")+" (required)")
	c.Flags().StringVarP(&o.out, "out", "o", "-", "output file, or directory for neo4j (\"-\": standard output)")
	c.Flags().StringVar(&o.measures, "measures", "degree,weighted_degree", "further centralities written as attributes by graphml, gexf, neo4j and nquads (comma-separated; \"\": none)")
	c.Flags().StringVar(&o.focus, "focus", "", "keep only this entity's neighbourhood")
	c.Flags().IntVar(&o.depth, "depth", 1, "neighbourhood depth for --focus")
	c.Flags().IntVar(&o.top, "top", 150, "keep the N most central entities (0: all; default all for json and graphml)")
	c.Flags().StringVar(&o.typ, "type", "", "keep only entities of this type")
	c.Flags().StringVar(&o.by, "by", "pagerank", "centrality for --top and node size")
	c.Flags().StringVar(&o.layout, "layout", "", "map layout: dot, neato, sfdp, fdp or circo (default: by size)")
	c.Flags().StringVar(&o.title, "title", "", "map title (default: newsgraph and what the map shows)")
	c.Flags().IntVar(&o.evidence, "evidence", -1, "evidence sentences per relation in json and graphml (-1: all)")
	o.slice.add(c.Flags())
	o.names.add(c.Flags(), false)
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
	var extra []analytics.Measure
	for _, name := range strings.Split(o.measures, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		mm, err := parseMeasure(name)
		if err != nil {
			return err
		}
		extra = append(extra, mm)
	}
	if o.format == "neo4j" && (o.out == "" || o.out == "-") {
		return failf(exitStore, "--format neo4j writes a directory of files: give it with --out DIR")
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
	eo, err := exportOptionsFor(gr, o, m, extra, title)
	if err != nil {
		return err
	}
	switch o.format {
	case "neo4j":
		return writeNeo4j(o.out, gr, eo)
	case "nquads":
		var quads, schema bytes.Buffer
		if err := export.WriteNQuads(&quads, gr, eo); err != nil {
			return err
		}
		if err := export.WriteDgraphSchema(&schema, gr, eo); err != nil {
			return err
		}
		if err := writeOutput(g.stdout, o.out, quads.Bytes()); err != nil {
			return err
		}
		if o.out == "-" || o.out == "" {
			fmt.Fprintln(g.stderr, "newsgraph: the Dgraph schema is written only beside an --out file")
			return nil
		}
		return writeOutput(g.stdout, schemaPath(o.out), schema.Bytes())
	}
	var buf bytes.Buffer
	if err := writeFormat(ctx, &buf, gr, o, eo); err != nil {
		return err
	}
	return writeOutput(g.stdout, o.out, buf.Bytes())
}

// schemaPath is where the Dgraph schema of an N-Quads file goes: the same
// name with the extension .schema (graph.rdf → graph.schema; a name without
// an extension, or one already ending in .schema, gets .schema appended).
func schemaPath(out string) string {
	ext := filepath.Ext(out)
	if ext == "" || ext == ".schema" {
		return out + ".schema"
	}
	return strings.TrimSuffix(out, ext) + ".schema"
}

// writeNeo4j writes the Neo4j import files into dir, creating it if
// needed; each file is written atomically.
func writeNeo4j(dir string, gr *graph.Graph, eo export.Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return failf(exitFailure, "cannot create %s: %v", dir, err)
	}
	var nodes, rels, cypher bytes.Buffer
	if err := export.WriteNeo4j(&nodes, &rels, &cypher, gr, eo); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{export.Neo4jNodesFile, nodes.Bytes()}, {export.Neo4jRelationshipsFile, rels.Bytes()}, {export.Neo4jCypherFile, cypher.Bytes()}} {
		if err := writeOutput(nil, filepath.Join(dir, f.name), f.data); err != nil {
			return err
		}
	}
	return nil
}

// exportOptionsFor computes what the writers add to gr: the --by scores,
// the --measures scores (data formats only) and the communities.
func exportOptionsFor(gr *graph.Graph, o *exportOptions, m analytics.Measure, extra []analytics.Measure, title string) (export.Options, error) {
	a := analytics.Analyse(gr, analytics.Options{})
	scores, err := a.Centrality(m)
	if err != nil {
		return export.Options{}, err
	}
	comm, _, err := analytics.Communities(gr, analytics.Options{})
	if err != nil {
		return export.Options{}, err
	}
	eo := export.Options{Title: title, Scores: scores, ScoreName: string(m), Community: comm}
	switch o.format {
	case "graphml", "gexf", "neo4j", "nquads":
		for _, mm := range extra {
			if mm == m {
				continue
			}
			s, err := a.Centrality(mm)
			if err != nil {
				return export.Options{}, err
			}
			eo.Measures = append(eo.Measures, export.NamedScores{Name: string(mm), Scores: s})
		}
	case "dot", "svg", "png":
		eo.EdgeLabels = o.focus != ""
	}
	return eo, nil
}

// selectForExport narrows the graph as the flags say and returns the
// map title.
func selectForExport(g *globalOptions, gr *graph.Graph, o *exportOptions, t graph.Type, m analytics.Measure) (*graph.Graph, string, error) {
	title := "newsgraph"
	if o.focus != "" {
		e, err := o.slice.scope(o.names.find(g, gr, o.focus, 0))
		if err != nil {
			return nil, "", err
		}
		gr = analytics.Ego(gr, e.ID, o.depth, analytics.Options{})
		title = fmt.Sprintf("newsgraph: %s and its neighbours (depth %d)", e.Name, o.depth)
	}
	if t != "" {
		gr = gr.Subgraph(func(e *graph.Entity) bool { return e.Type == t })
		title += " — " + string(t) + " entities"
	}
	if o.top > 0 && len(gr.Entities) > o.top {
		scores, err := analytics.Centrality(gr, m, analytics.Options{})
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

// writeExport writes gr in o.format with the --by scores and communities
// (the demo's entry point).
func writeExport(ctx context.Context, w io.Writer, gr *graph.Graph, o *exportOptions, m analytics.Measure, title string) error {
	eo, err := exportOptionsFor(gr, o, m, nil, title)
	if err != nil {
		return err
	}
	return writeFormat(ctx, w, gr, o, eo)
}

// writeFormat writes gr in o.format, a single-file format, with eo.
func writeFormat(ctx context.Context, w io.Writer, gr *graph.Graph, o *exportOptions, eo export.Options) error {
	var err error
	switch o.format {
	case "json":
		return export.WriteJSON(w, gr, eo)
	case "graphml":
		return export.WriteGraphML(w, gr, eo)
	case "gexf":
		return export.WriteGEXF(w, gr, eo)
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
