package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

type ingestOptions struct {
	json   bool
	quiet  bool
	format string // for stdin
}

func newIngestCommand(g *globalOptions) *cobra.Command {
	o := &ingestOptions{}
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles and add what they mention to the graph",
		Long: `Read articles and add their entities and relations to the store, creating it
if needed.

Each PATH is a file or a directory (read recursively; hidden files skipped), or
"-" for one article on standard input (see --stdin-format). Formats by
extension: .txt/.md (title = first line; date, byline and place read from the
top), .html/.htm (main text; scripts, navigation and ads dropped; title, date
and source from meta tags), .json (an object or an array of objects) and
.jsonl (one object per line) with fields title, text or body, date, source, url
and id.

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
in, and the exit status is 1. On a terminal a progress bar shows rate and ETA.
Ctrl-C (or SIGTERM) stops after the articles being analysed, commits them and
says where it stopped; run the same command again to continue.

--json prints one document: added, unchanged, failed (path, line, error),
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
	c.Flags().StringVar(&o.format, "stdin-format", "text", "format of the article read from \"-\": text, html, json or jsonl")
	return c
}

// ingestFailure is one input that could not be ingested.
type ingestFailure struct {
	Path  string `json:"path"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

// ingestSummary is what an ingest reports.
type ingestSummary struct {
	Added     int             `json:"added"`
	Unchanged int             `json:"unchanged"`
	Failed    []ingestFailure `json:"failed"`
	Entities  int             `json:"entities"`
	Relations int             `json:"relations"`
	Articles  int             `json:"articles"`
	// Words is the number of words in the articles read (added and
	// unchanged), for rates; input skipped unread is not counted.
	Words       int  `json:"words"`
	Interrupted bool `json:"interrupted,omitempty"`
	// StoppedAt names the first input not read after an interruption.
	StoppedAt string `json:"stopped_at,omitempty"`
	// Seen counts the paths skipped because they led to a file or
	// directory read before (symbolic links that fan out).
	Seen int `json:"already_seen,omitempty"`
}

// maxArticleBytes bounds one article's cleaned text; longer texts are
// reported, not stored, to keep every article one bounded transaction.
const maxArticleBytes = 4 << 20

// ingestMemoryLimit is the soft memory limit of an ingest (see
// runtime/debug.SetMemoryLimit); $GOMEMLIMIT overrides it.
const ingestMemoryLimit = 640 << 20

// ingester adds articles to a store.
type ingester struct {
	store *graph.Store
	ex    *entities.Extractor
	sum   ingestSummary
}

func (in *ingester) fail(err error) { in.sum.Failed = append(in.sum.Failed, failureOf(err)) }

// failureOf describes an input failure for the summary, with the file and
// line when err is an *article.Error.
func failureOf(err error) ingestFailure {
	f := ingestFailure{Error: err.Error()}
	var ae *article.Error
	if errors.As(err, &ae) {
		f.Path, f.Line = ae.Path, ae.Line
		if ae.Err != nil {
			f.Error = ae.Err.Error()
		}
	}
	return f
}

// checkSize refuses an article whose text is over maxArticleBytes.
func checkSize(a *article.Article) error {
	if len(a.Text) > maxArticleBytes {
		return &article.Error{Path: a.Path, Line: a.Line, Err: fmt.Errorf("article text is %d MB, over the %d MB limit", len(a.Text)>>20, maxArticleBytes>>20)}
	}
	return nil
}

// add stores one article, or counts it unchanged when its text is already
// stored.
func (in *ingester) add(a *article.Article) error {
	if err := checkSize(a); err != nil {
		return err
	}
	id := article.ID(a.Text)
	if _, ok, err := in.store.HasContent(id); err != nil {
		return err
	} else if ok {
		in.sum.Unchanged++
		return nil
	}
	ex := in.ex.ExtractArticle(a.Text, entities.ArticleInfo{Date: a.Date, Place: a.Place})
	rec := &graph.Article{ID: id, Ref: a.Ref, Title: a.Title, Source: a.Source, URL: a.URL, Date: a.Date, Byline: a.Byline, Place: a.Place, Path: a.Path}
	err := in.store.Update(func(t *graph.Txn) error {
		if err := t.PutArticle(rec, a.Text, id); err != nil {
			return err
		}
		_, err := entities.Link(t, id, ex)
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: storing article: %w", a.Path, err)
	}
	in.sum.Added++
	return nil
}

func runIngest(ctx context.Context, g *globalOptions, o *ingestOptions, paths []string) error {
	s, err := graph.Open(g.db, graph.Options{Create: true})
	if err != nil {
		return err
	}
	defer s.Close()
	if os.Getenv("GOMEMLIMIT") == "" {
		// Keep the heap, garbage included, well under 1 GB when huge
		// files come one after another; the GC works harder only then.
		debug.SetMemoryLimit(ingestMemoryLimit)
	}
	sum := &ingestSummary{}
	p := &pipeline{store: s, sum: sum}

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
			p.step = func() { bar.Add(1) }
		}
	}
	sources := make([]source, len(paths))
	for i, path := range paths {
		sources[i] = source{path: path, r: g.stdin, format: o.format}
	}
	runErr := p.run(ctx, sources)
	if bar != nil {
		bar.Finish()
	}
	if runErr != nil {
		return runErr
	}
	sum.StoppedAt = p.stoppedAt
	if sum.Articles, sum.Entities, sum.Relations, err = s.Counts(); err != nil {
		return err
	}
	if sum.Failed == nil {
		sum.Failed = []ingestFailure{}
	}
	if o.json {
		if err := writeJSON(g.stdout, sum); err != nil {
			return err
		}
	} else if !o.quiet || len(sum.Failed) > 0 || sum.Interrupted {
		printIngestSummary(g.stdout, g.stderr, sum)
	}
	switch {
	case sum.Interrupted:
		return &exitError{code: exitInterrupted, err: errors.New("interrupted"), quiet: true}
	case len(sum.Failed) > 0:
		return &exitError{code: exitFailure, err: fmt.Errorf("%d input(s) failed", len(sum.Failed)), quiet: true}
	}
	return nil
}

func printIngestSummary(stdout, stderr io.Writer, s *ingestSummary) {
	for _, f := range s.Failed {
		loc := f.Path
		if f.Line > 0 {
			loc = fmt.Sprintf("%s:%d", f.Path, f.Line)
		}
		fmt.Fprintf(stderr, "newsgraph: %s: %s\n", safe(loc), safe(f.Error))
	}
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
			if err != nil {
				n++
				continue
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".jsonl", ".ndjson":
				n += countLines(path)
			default:
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
	buf := make([]byte, 1<<16)
	n := 0
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			break
		}
	}
	return max(n, 1)
}
