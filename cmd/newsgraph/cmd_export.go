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
	limit    int
	style    string
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
  png      the SVG map rasterised: the same layout as svg (see the
           export/render package documentation for the rasteriser's limits)

The data formats (graphml, gexf, neo4j, nquads) carry every entity's
community (Louvain, fixed seed), its --by score and the scores of --measures
as attributes, and every relation's kind, weight, evidence and attributes.

--focus NAME --depth N keeps NAME's neighbourhood, cut on maps to the --limit
entities most strongly related to NAME (typed relations first, then
co-mention weight); --type keeps one type; --top N keeps the N most central
entities (by --by). Maps default to --top 150 so labels stay readable, and say
so on stderr and in the title when they drop entities. On maps, co-mentions
are cut to the graph's backbone (the disparity filter of Serrano, Boguñá and
Vespignani, at most 3 relations per entity on average); typed relations are
always drawn, each kind in its own colour and line, labelled with a role or a
date where they have one. --style story draws typed relations only: who holds
which office, who went where, who belongs to which party or group.

Scores and communities are those of the whole graph (of the --source, --since
and --until slice when one is given), as rank and communities print them, not
recomputed on the part drawn; communities are named after their most central
members.
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
	c.Flags().IntVar(&o.limit, "limit", export.DefaultFocusLimit, "most entities on a --focus map, the focus included (0: no limit)")
	c.Flags().StringVar(&o.style, "style", "", `map style: "" (co-mention backbone and typed relations) or "story" (typed relations only)`)
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
	gr, eo, err := prepareExport(g, gr, o, t, m, extra)
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

// prepareExport computes the scores and communities of the whole graph gr
// (as rank and communities give them), then narrows gr as the flags say.
// It returns the part to write and the options to write it with.
func prepareExport(g *globalOptions, gr *graph.Graph, o *exportOptions, t graph.Type, m analytics.Measure, extra []analytics.Measure) (*graph.Graph, export.Options, error) {
	if o.style != "" && o.style != "story" {
		return nil, export.Options{}, failf(exitStore, "unknown --style %q (want \"\" or story)", o.style)
	}
	eo, err := exportOptionsFor(gr, o, m, extra)
	if err != nil {
		return nil, export.Options{}, err
	}
	sub, title, err := selectForExport(g, gr, o, t, eo.Scores)
	if err != nil {
		return nil, export.Options{}, err
	}
	eo.Title = title
	return sub, eo, nil
}

// communityNameSize is how many members name a community on a map.
const communityNameSize = 3

// exportOptionsFor computes what the writers add to the whole graph gr:
// the --by scores, the --measures scores (data formats only) and the
// communities with their names.
func exportOptionsFor(gr *graph.Graph, o *exportOptions, m analytics.Measure, extra []analytics.Measure) (export.Options, error) {
	a := analytics.Analyse(gr, analytics.Options{})
	scores, err := a.Centrality(m)
	if err != nil {
		return export.Options{}, err
	}
	comm, _, err := analytics.Communities(gr, analytics.Options{})
	if err != nil {
		return export.Options{}, err
	}
	eo := export.Options{Scores: scores, ScoreName: string(m), Community: comm}
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
		eo.EdgeLabels = o.focus != "" || o.style == "story"
		eo.CommunityNames = export.CommunityNames(gr, comm, scores, communityNameSize)
	}
	return eo, nil
}

// selectForExport narrows the graph as the flags say and returns the
// map title. scores are the whole graph's --by scores, used by --top.
func selectForExport(g *globalOptions, gr *graph.Graph, o *exportOptions, t graph.Type, scores map[graph.ID]float64) (*graph.Graph, string, error) {
	isMap := o.format == "dot" || o.format == "svg" || o.format == "png"
	title := "newsgraph"
	var focus *graph.Entity
	if o.focus != "" {
		e, err := o.slice.scope(o.names.find(g, gr, o.focus, 0))
		if err != nil {
			return nil, "", err
		}
		focus = e
	}
	if o.style == "story" {
		gr = export.Story(gr)
		title += " story"
		if focus != nil && gr.Entity(focus.ID) == nil {
			return nil, "", failf(exitFailure, "%s has no typed relations to draw (--style story)", focus.Name)
		}
	}
	if focus != nil {
		gr = analytics.Ego(gr, focus.ID, o.depth, analytics.Options{})
		title = fmt.Sprintf("%s: %s and its neighbours (depth %d)", title, focus.Name, o.depth)
		if n := len(gr.Entities); isMap && o.limit > 0 && n > o.limit {
			fmt.Fprintf(g.stderr, "newsgraph: keeping the %d of %d entities most strongly related to %s (--limit)\n", o.limit, n, focus.Name)
			title += fmt.Sprintf(" — %d most related of %d", o.limit-1, n-1)
			gr = export.FocusLimit(gr, focus.ID, o.limit)
		}
	}
	if t != "" {
		gr = gr.Subgraph(func(e *graph.Entity) bool { return e.Type == t })
		title += " — " + string(t) + " entities"
	}
	if o.top > 0 && len(gr.Entities) > o.top {
		fmt.Fprintf(g.stderr, "newsgraph: keeping the %d most central of %d entities by %s (--top)\n", o.top, len(gr.Entities), o.by)
		title += fmt.Sprintf(" — top %d of %d entities by %s", o.top, len(gr.Entities), o.by)
		gr = export.Top(gr, scores, o.top)
	}
	if isMap && o.style != "story" {
		bo := export.BackboneOptions{}
		if focus != nil {
			id := focus.ID
			bo.Keep = func(r *graph.Relation) bool { return r.Source == id || r.Target == id }
		}
		before := len(gr.Relations)
		gr = export.Backbone(gr, bo)
		if dropped := before - len(gr.Relations); dropped > 0 {
			fmt.Fprintf(g.stderr, "newsgraph: drawing %d of %d relations: the co-mention backbone and every typed relation\n", len(gr.Relations), before)
		}
	}
	if o.title != "" {
		title = o.title
	}
	return gr, title, nil
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
