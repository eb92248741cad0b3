package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph/store"
)

// sharedCorpus returns the path of a corpus file in ../shared, or skips.
func sharedCorpus(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "corpus", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: corpus %s not found (needs ../shared beside the repository)", p)
	}
	return p
}

// headLines writes the first n lines of src into a new file and returns
// its path.
func headLines(t testing.TB, src, dst string, n int) string {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// sampleInputs writes the embedded sample articles into a directory,
// with a duplicate file, a JSON array and a bad JSONL line added, and
// returns the directory.
func sampleInputs(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(data.Samples, "samples/*")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, name := range names {
		if strings.HasSuffix(name, "README.md") {
			continue
		}
		b, err := fs.ReadFile(data.Samples, name)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Base(name), string(b))
		for a, err := range article.Read(bytes.NewReader(b), name, article.FormatOf(name)) {
			if err == nil {
				texts = append(texts, a.Text)
			}
		}
	}
	// The same texts again, as a JSON array and as JSON lines with a bad
	// line: unchanged in a serial run, and so in the pipeline.
	var arr []map[string]string
	var lines []string
	for i, s := range texts {
		arr = append(arr, map[string]string{"title": "Copy", "text": s})
		if i == 1 {
			lines = append(lines, "{not json")
		}
		b, _ := json.Marshal(map[string]string{"text": s + " Shehbaz Sharif met Narendra Modi in Paris."})
		lines = append(lines, string(b))
	}
	b, _ := json.Marshal(arr)
	writeFile(t, filepath.Join(dir, "sub"), "copies.json", string(b))
	writeFile(t, filepath.Join(dir, "sub"), "more.jsonl", strings.Join(lines, "\n")+"\n")
	writeFile(t, dir, "copy.txt", story)
	writeFile(t, dir, "dup.txt", story)
	return dir
}

// serialIngest ingests paths one article at a time, without the pipeline:
// the reference the pipeline must match.
func serialIngest(t testing.TB, db string, paths ...string) *ingestSummary {
	t.Helper()
	s, err := store.Open(db, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	in := &ingester{store: s, ex: newExtractor()}
	for path, err := range article.Files(paths) {
		if err != nil {
			in.fail(err)
			continue
		}
		for a, err := range article.ReadFile(path) {
			if err == nil {
				err = in.add(a)
			}
			if err != nil {
				in.fail(err)
			}
		}
	}
	return &in.sum
}

// pipelineIngest ingests paths with the pipeline and the given tuning.
func pipelineIngest(t testing.TB, ctx context.Context, db string, cfg pipelineConfig, step func(), paths ...string) (*ingestSummary, string) {
	t.Helper()
	s, err := store.Open(db, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum := &ingestSummary{}
	p := &pipeline{cfg: cfg, store: s, sum: sum, step: step}
	var src []source
	for _, path := range paths {
		src = append(src, source{path: path})
	}
	if err := p.run(ctx, src); err != nil {
		t.Fatal(err)
	}
	return sum, p.stoppedAt
}

// graphJSON loads a store, checks it and returns its graph as JSON, with
// all evidence: two stores with equal graphJSON hold the same graph.
func graphJSON(t testing.TB, db string) []byte {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Check(); err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(store.LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(g, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sameGraph(t *testing.T, what string, want, got []byte) {
	t.Helper()
	if !bytes.Equal(want, got) {
		i := 0
		for i < len(want) && i < len(got) && want[i] == got[i] {
			i++
		}
		lo := max(0, i-200)
		t.Fatalf("%s: graph differs from the serial run at byte %d:\nserial:   %q\npipeline: %q", what, i, want[lo:min(len(want), i+200)], got[lo:min(len(got), i+200)])
	}
}

func TestPipelineMatchesSerial(t *testing.T) {
	in := sampleInputs(t)
	paths := []string{in}
	if bbc := filepath.Join("..", "..", "..", "shared", "corpus", "bbc_news.jsonl"); fileExists(bbc) {
		paths = append(paths, headLines(t, bbc, filepath.Join(t.TempDir(), "bbc.jsonl"), 150))
	} else {
		t.Log("../shared/corpus/bbc_news.jsonl not found: testing with the samples only")
	}
	dir := t.TempDir()
	ref := serialIngest(t, filepath.Join(dir, "serial"), paths...)
	want := graphJSON(t, filepath.Join(dir, "serial"))
	if ref.Added < 8 || ref.Unchanged < 3 || len(ref.Failed) != 1 {
		t.Fatalf("serial run: %+v; want several added, unchanged and one failure", ref)
	}
	for _, tc := range []struct {
		name string
		cfg  pipelineConfig
	}{
		{"defaults", pipelineConfig{}},
		{"one-worker", pipelineConfig{workers: 1}},
		{"many-workers-small-window", pipelineConfig{workers: 5, inflight: 3}},
		{"batches", pipelineConfig{workers: 3, batchArticles: 7}},
		{"tiny-byte-budget", pipelineConfig{workers: 2, inflightBytes: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(dir, tc.name)
			sum, _ := pipelineIngest(t, context.Background(), db, tc.cfg, nil, paths...)
			if sum.Added != ref.Added || sum.Unchanged != ref.Unchanged || len(sum.Failed) != len(ref.Failed) || sum.Failed[0] != ref.Failed[0] {
				t.Errorf("summary %+v, serial %+v", sum, ref)
			}
			sameGraph(t, tc.name, want, graphJSON(t, db))

			// Again: everything is unchanged, the known input unread.
			again, _ := pipelineIngest(t, context.Background(), db, tc.cfg, nil, paths...)
			if again.Added != 0 || again.Unchanged != ref.Added+ref.Unchanged || len(again.Failed) != 1 {
				t.Errorf("re-ingest: %+v", again)
			}
			sameGraph(t, tc.name+" re-ingested", want, graphJSON(t, db))
		})
	}
	// The same inputs twice in one run into a new store: the second time
	// everything is known, from what this run stored.
	t.Run("inputs-twice", func(t *testing.T) {
		db := filepath.Join(dir, "twice")
		sum, _ := pipelineIngest(t, context.Background(), db, pipelineConfig{}, nil, append(paths, paths...)...)
		if sum.Added != ref.Added || sum.Unchanged != ref.Unchanged+ref.Added+ref.Unchanged || len(sum.Failed) != 2*len(ref.Failed) {
			t.Errorf("summary %+v, serial once %+v", sum, ref)
		}
		sameGraph(t, "twice", want, graphJSON(t, db))
	})
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestPipelineInterrupt stops the pipeline part way, checks the store and
// the report, and continues: the result is the graph of one full run.
func TestPipelineInterrupt(t *testing.T) {
	in := sampleInputs(t)
	dir := t.TempDir()
	serialIngest(t, filepath.Join(dir, "serial"), in)
	want := graphJSON(t, filepath.Join(dir, "serial"))
	for _, after := range []int{1, 4, 9} {
		db := filepath.Join(dir, "cut", strings.Repeat("x", after))
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		step := func() {
			if n++; n == after {
				cancel()
			}
		}
		sum, at := pipelineIngest(t, ctx, db, pipelineConfig{workers: 2, inflight: 2}, step, in)
		cancel()
		if !sum.Interrupted || at == "" {
			t.Fatalf("stopped after %d: summary %+v, stopped at %q; want interrupted with a place", after, sum, at)
		}
		part := graphJSON(t, db) // checks consistency
		if bytes.Equal(part, want) {
			t.Fatalf("stopped after %d items but the whole graph is stored", after)
		}
		rest, _ := pipelineIngest(t, context.Background(), db, pipelineConfig{}, nil, in)
		if rest.Interrupted || rest.Added == 0 {
			t.Fatalf("continuing: %+v", rest)
		}
		sameGraph(t, "interrupted and continued", want, graphJSON(t, db))
	}
}

// TestIngestJSONSummaryCounts checks the CLI summary against the store.
func TestIngestJSONSummaryCounts(t *testing.T) {
	in := sampleInputs(t)
	db := filepath.Join(t.TempDir(), "db")
	code, out, errs := cli(t, db, "ingest", "--json", in)
	var sum ingestSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != exitFailure {
		t.Fatalf("code %d, err %v, stderr %q", code, err, errs)
	}
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != len(g.Articles) || sum.Entities != len(g.Entities) || sum.Relations != len(g.Relations) || sum.Words == 0 {
		t.Fatalf("summary %+v; store holds %d articles, %d entities, %d relations", sum, len(g.Articles), len(g.Entities), len(g.Relations))
	}
	if len(sum.Failed) != 1 || sum.Failed[0].Line != 2 || !strings.HasSuffix(sum.Failed[0].Path, "more.jsonl") {
		t.Fatalf("failures %+v; want more.jsonl line 2", sum.Failed)
	}
}

// TestPipelineInterruptBlockedStdin stops an ingest waiting on standard
// input that never comes: it must return at once, interrupted.
func TestPipelineInterruptBlockedStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	s, err := store.Open(db, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	sum := &ingestSummary{}
	p := &pipeline{store: s, sum: sum}
	done := make(chan error, 1)
	go func() { done <- p.run(ctx, []source{{path: "-", r: pr, format: "jsonl"}}) }()
	select {
	case err := <-done:
		if err != nil || !sum.Interrupted || p.stoppedAt != "-" {
			t.Fatalf("run = %v, summary %+v, stopped at %q; want interrupted at \"-\"", err, sum, p.stoppedAt)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pipeline still waits for standard input 10 s after the interruption")
	}
}
