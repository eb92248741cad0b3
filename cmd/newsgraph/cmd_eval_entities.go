package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/entities/eval"
	"github.com/spf13/cobra"
)

type evalEntitiesOptions struct {
	elevant string
	json    bool
	misses  int
}

func newEvalEntitiesCommand(g *globalOptions) *cobra.Command {
	o := &evalEntitiesOptions{}
	c := &cobra.Command{
		Use:   "entities --elevant FILE",
		Short: "EntityScore the graph's entities against an entity-linking gold standard",
		Long: `Ingest the articles of an ELEVANT benchmark (JSON lines: id, title, text,
labels with character spans, Wikidata entity_id and type QIDs) into a
temporary store with the ordinary ingest, load the graph, and compare its
entities with the gold mentions. The store given by --db is not touched.

Counted are the gold mentions linked to a Wikidata entity whose types
include a person (Q5, Q215627), an organization (Q43229 and kinds of it)
or a place (Q27096213 geographic entity, Q17334923 location, country,
city...); coreferences, optional mentions, pronouns and mentions without a
capital letter ("the minister") are left out: newsgraph's nodes are names. A person agrees
with newsgraph's person, an organization with organization or party, a
place with place or country; a mention with several gold types accepts the
union (ELEVANT types a country as both place and organization).

  found        a node of the mention's article carries its surface form, as
               its name or an alias (compared without case, accents,
               punctuation and a leading "the")
  typed        of those, the node's type agrees
  merged       of the gold entities found in two or more articles, those
               whose mentions all end on one node
  over-merged  nodes holding mentions of two or more gold entities
  QID accuracy of the nodes with a "wikidata" attribute and found
               mentions, those whose ID is the gold entity of most of them

With --json, prints {file, articles, missing_articles, found, typed, merged,
over_merged, qid_accuracy, by_class, misses, mistyped, split}, each rate as
{count, total, rate}; misses lists up to --misses gold mentions not found,
mistyped up to --misses found mentions whose node's type disagrees (with the
node's name and type), split the gold entities of several articles left on
several nodes, and each over-merged node the first mention of each of its
gold entities.
` + exitHelp,
		Example: `  newsgraph eval entities --elevant ../shared/linking/elevant/kore50.benchmark.jsonl
  newsgraph eval entities --elevant aida-conll-dev.restored.jsonl --json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runEvalEntities(c.Context(), g, o) },
	}
	c.Flags().StringVar(&o.elevant, "elevant", "", "ELEVANT benchmark file (JSON lines)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.Flags().IntVar(&o.misses, "misses", 50, "with --json, list at most this many missed and mistyped mentions")
	c.MarkFlagRequired("elevant")
	return c
}

type evalEntitiesResult struct {
	File string `json:"file"`
	eval.EntityScore
}

func runEvalEntities(ctx context.Context, g *globalOptions, o *evalEntitiesOptions) error {
	f, err := os.Open(o.elevant)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	docs, err := eval.ReadELEVANT(f, o.elevant)
	f.Close()
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	dir, err := os.MkdirTemp("", "newsgraph-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	input := filepath.Join(dir, "articles.jsonl")
	if err := writeEvalArticles(input, docs); err != nil {
		return err
	}
	tmp := &globalOptions{db: filepath.Join(dir, "store"), stdin: g.stdin, stdout: io.Discard, stderr: g.stderr}
	if err := runIngest(ctx, tmp, &ingestOptions{quiet: true}, []string{input}); err != nil {
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != exitFailure {
			return err
		}
		// Articles that failed are reported above and count as missing.
	}
	gr, err := loadGraph(tmp, 0)
	if err != nil {
		return err
	}
	res := evalEntitiesResult{File: o.elevant, EntityScore: eval.ScoreELEVANT(docs, gr)}
	if o.json {
		if len(res.Misses) > o.misses {
			res.Misses = res.Misses[:max(o.misses, 0)]
		}
		if len(res.Mistyped) > o.misses {
			res.Mistyped = res.Mistyped[:max(o.misses, 0)]
		}
		return writeJSON(g.stdout, res)
	}
	printEvalEntities(g, res)
	return nil
}

// writeEvalArticles writes the benchmark's articles as JSON lines the
// ingest reads, each with the document ID as its id.
func writeEvalArticles(path string, docs []eval.LinkedDoc) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, d := range docs {
		if err := enc.Encode(map[string]string{"id": d.ID, "title": d.Title, "text": d.Text}); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

func printEvalEntities(g *globalOptions, res evalEntitiesResult) {
	s := res.EntityScore
	fmt.Fprintf(g.stdout, "%s: %d articles (%d not ingested), %d gold mentions\n", safe(res.File), s.Articles, s.MissingArticles, s.Found.Total)
	w := table(g.stdout)
	fmt.Fprintln(w, "MEASURE\tCOUNT\tOF\tRATE")
	row := func(name string, r eval.Rate) { fmt.Fprintf(w, "%s\t%d\t%d\t%.3f\n", name, r.Count, r.Total, r.Rate) }
	row("found", s.Found)
	row("typed", s.Typed)
	for _, c := range s.ByClass {
		row("  "+string(c.Class)+" found", c.Found)
		row("  "+string(c.Class)+" typed", c.Typed)
	}
	row("merged", s.Merged)
	row("qid accuracy", s.QID)
	fmt.Fprintf(w, "over-merged nodes\t%d\t\t\n", len(s.OverMerged))
	w.Flush()
	for _, om := range s.OverMerged {
		fmt.Fprintf(g.stdout, "  over-merged: %s (%s) holds %v\n", safe(om.Name), om.Type, om.QIDs)
	}
}
