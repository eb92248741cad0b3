package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

type ingestOptions struct {
	json    bool
	quiet   bool
	verbose bool
	format  string // for stdin
	// forceNew moves a damaged store aside and starts a new one.
	forceNew bool
	// noParse ingests without the dependency parse (RulesExtractor).
	noParse bool
	// batch, when > 0, commits exactly this many articles a transaction
	// (ingest.Options.FixedBatches): for testing that the graph does not
	// depend on the batch boundaries.
	batch int
}

func newIngestCommand(g *globalOptions) *cobra.Command {
	o := &ingestOptions{}
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles and add what they mention to the graph",
		Long: `Read articles and add their entities and relations to the store, creating it
if needed.

Each PATH is a file or a directory (read recursively; hidden files skipped;
each file once, however many links lead to it), or "-" for one article on
standard input (see --stdin-format). Formats by extension: .txt/.md (title =
first line; date, byline and place read from the top), .html/.htm (main text;
scripts, navigation and ads dropped; title, date and source from meta tags),
.json (an object or an array of objects) and .jsonl (one object per line) with
fields title, text or body, date, source, url and id (strings; a field of
another type is reported and its article skipped). Gzip files (feed.jsonl.gz)
are read decompressed, and UTF-16 text with a byte-order mark is read in every
format.

Page furniture ("Also Read", share bars, "Follow us", promos, related-post
lists) is removed before extraction. An article's identity is a hash of its
normalised text: ingesting it again changes nothing and is reported as
unchanged; input read before (a file or JSONL line with the same bytes) is
skipped without being parsed, so re-ingesting an archive is fast.

Articles are read and analysed on all cores and stored in input order, so
the graph is the same whatever the number of cores. An article is committed
in one transaction with everything it adds, so after a crash (even kill -9)
the store holds it whole or not at all. While an ingest runs it holds the
store: other commands say so, naming it, and exit 2.

A file that cannot be read (binary, invalid UTF-8, empty, unreadable) or a bad
JSONL line is reported with its name and the problem and skipped; the rest go
in, and the exit status is 1. An article without text (a JSON record with a
title and no body, a page that is all furniture) is not an error: such articles
are skipped and counted in one line naming the first three (--verbose lists
them all). On a terminal a progress bar shows rate and ETA.
Ctrl-C (or SIGTERM) stops after the articles being analysed, commits them and
says where it stopped; run the same command again to continue.

--json prints one document: added, unchanged, failed and skipped (path, line,
id, error),
the store's articles, entities and relations, the words read, and
interrupted and stopped_at after Ctrl-C.
` + exitHelp,
		Example: `  newsgraph ingest articles/
  newsgraph ingest feed.jsonl story.html notes.md
  curl -s https://example.org/story | newsgraph ingest --stdin-format html -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error { return runIngest(c.Context(), g, o, args) },
	}
	c.Flags().BoolVar(&o.json, "json", false, "print the summary as one JSON document")
	c.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "no progress bar and no summary unless something failed")
	c.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list every article skipped for having no text")
	c.Flags().BoolVar(&o.forceNew, "force-new", false, "if the store is damaged, move its files aside (DIR.damaged-N) and start a new store")
	c.Flags().StringVar(&o.format, "stdin-format", "text", "format of the article read from \"-\": text, html, json or jsonl")
	c.Flags().BoolVar(&o.noParse, "no-parse", false, "skip the dependency parse: relations from the cue rules alone (faster, fewer relations)")
	c.Flags().IntVar(&o.batch, "batch", 0, "for testing: commit exactly N articles per transaction (the graph must not depend on it; default: up to 32, fewer when the workers lag)")
	return c
}

// ingestMemoryLimit is the soft memory limit of an ingest (see
// runtime/debug.SetMemoryLimit); $GOMEMLIMIT overrides it. The GC runs
// whenever the heap reaches it, and each collection costs about the same
// (marking the live heap of models and memtables), so the room above the
// live heap sets the GC's share of the CPU. On Reuters-21578, 720 MiB
// instead of 640 MiB takes 17-18 collections down to 14-15 and the CPU
// time from 29.6 s to 29.1 s (medians of nine alternating runs on a busy
// machine; the median paired difference is -1.0 s), for a peak RSS of
// 800-820 MB instead of 735 MB: well under the 1 GB the ingest must stay
// within. (900 MiB saved more but peaked at 968 MB.)
const ingestMemoryLimit = 720 << 20

// ingestGCPercent is the GC percentage of an ingest (see
// runtime/debug.SetGCPercent); $GOGC overrides it. The live heap of an
// ingest is some 400 MB (models, Badger memtables), so the default 100
// would collect at 800 MB: the memory limit above already sets the pace
// then, and a higher percentage only stops the GC from also running
// early, while the heap is small. On Reuters-21578 it takes 23
// collections down to 15 at the same peak RSS.
const ingestGCPercent = 400

func runIngest(ctx context.Context, g *globalOptions, o *ingestOptions, paths []string) error {
	s, err := openForIngest(g.db, o.forceNew, g.stderr)
	if err != nil {
		return err
	}
	defer s.Close()
	if os.Getenv("GOMEMLIMIT") == "" {
		// Keep the heap, garbage included, well under 1 GB when huge
		// files come one after another; the GC works harder only then.
		debug.SetMemoryLimit(ingestMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(ingestGCPercent)
	}
	var step func()
	var bar *progressbar.ProgressBar
	if g.tty && !o.quiet && !o.json {
		if total := estimateArticles(paths); total > 20 {
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(g.stderr),
				progressbar.OptionSetDescription("ingest"),
				progressbar.OptionShowCount(),
				progressbar.OptionShowIts(),
				progressbar.OptionSetItsString("articles"),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionThrottle(100_000_000),
				progressbar.OptionClearOnFinish(),
			)
			step = func() { bar.Add(1) }
		}
	}
	inputs := make([]ingest.Input, len(paths))
	for i, path := range paths {
		inputs[i] = ingest.Input{Path: path}
		if path == "-" {
			inputs[i].Reader, inputs[i].Format = g.stdin, o.format
		}
	}
	opts := ingest.Options{}
	if o.noParse {
		opts.Extractor = ingest.RulesExtractor
	}
	if o.batch > 0 {
		opts.BatchArticles, opts.FixedBatches = o.batch, true
	}
	sum, runErr := ingest.New(s, opts).Run(ctx, inputs, step)
	if bar != nil {
		bar.Finish()
	}
	if runErr != nil {
		return runErr
	}
	if o.json {
		if err := writeJSON(g.stdout, sum); err != nil {
			return err
		}
	} else if !o.quiet || len(sum.Failed) > 0 || sum.Interrupted {
		printIngestSummary(g.stdout, g.stderr, sum, o.verbose)
	}
	switch {
	case sum.Interrupted:
		return &exitError{code: exitInterrupted, err: errors.New("interrupted"), quiet: true}
	case len(sum.Failed) > 0:
		return &exitError{code: exitFailure, err: fmt.Errorf("%d input(s) failed", len(sum.Failed)), quiet: true}
	}
	return nil
}

func printIngestSummary(stdout, stderr io.Writer, s *ingest.Summary, verbose bool) {
	for _, f := range s.Failed {
		fmt.Fprintf(stderr, "newsgraph: %s: %s\n", safe(placeOf(f)), safe(f.Error))
	}
	printSkipped(stderr, s.Skipped, verbose)
	if s.Interrupted {
		at := ""
		if s.StoppedAt != "" {
			at = " before " + safe(s.StoppedAt)
		}
		fmt.Fprintf(stderr, "newsgraph: interrupted%s; the store is consistent. Run the same command again to continue.\n", at)
	}
	if s.Seen > 0 {
		fmt.Fprintf(stderr, "newsgraph: %d path(s) skipped: they lead to files or directories already read (links that fan out)\n", s.Seen)
	}
	fmt.Fprintf(stdout, "%d added, %d unchanged, %d failed; the store holds %d articles, %d entities, %d relations\n",
		s.Added, s.Unchanged, len(s.Failed), s.Articles, s.Entities, s.Relations)
}

// placeOf names where an input failure or skip was: file:line, and the
// article's id when it has one.
func placeOf(f ingest.Failure) string {
	loc := f.Path
	if f.Line > 0 {
		loc = fmt.Sprintf("%s:%d", f.Path, f.Line)
	}
	if f.ID != "" {
		loc += " (id " + f.ID + ")"
	}
	return loc
}

// printSkipped says how many articles were skipped for having no text, in
// one line naming the first three, or one line each when verbose.
func printSkipped(stderr io.Writer, skipped []ingest.Failure, verbose bool) {
	if len(skipped) == 0 {
		return
	}
	if verbose {
		for _, f := range skipped {
			fmt.Fprintf(stderr, "newsgraph: %s: skipped: %s\n", safe(placeOf(f)), safe(f.Error))
		}
		return
	}
	first := make([]string, 0, 3)
	for _, f := range skipped[:min(3, len(skipped))] {
		first = append(first, safe(placeOf(f)))
	}
	more := ""
	if len(skipped) > 3 {
		more = ", ...; --verbose lists all"
	}
	fmt.Fprintf(stderr, "newsgraph: skipped %d article(s) without text: %s%s\n", len(skipped), strings.Join(first, ", "), more)
}

// estimateArticles counts the articles the paths probably hold (one per
// file, one per line of JSON lines files), for the progress bar.
func estimateArticles(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		for path, err := range article.Files([]string{p}) {
			if err == nil && article.FormatOf(path) == article.FormatJSONL {
				n += countLines(path)
			} else {
				n++
			}
		}
	}
	return n
}

func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		if zr, err := gzip.NewReader(f); err == nil {
			r = zr
		}
	}
	buf := make([]byte, 1<<16)
	n := 0
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			break
		}
	}
	return max(n, 1)
}
