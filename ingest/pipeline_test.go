package ingest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// serialIngest ingests paths with one worker, one piece in flight and one
// article a transaction: the reference the parallel, batched runs must
// match.
func serialIngest(t testing.TB, db string, paths ...string) *Summary {
	t.Helper()
	sum, _ := pipelineIngest(t, context.Background(), db, Options{Workers: 1, Inflight: 1, BatchArticles: 1}, nil, paths...)
	return sum
}

// pipelineIngest ingests paths with the engine and the given tuning.
func pipelineIngest(t testing.TB, ctx context.Context, db string, opts Options, step func(), paths ...string) (*Summary, string) {
	t.Helper()
	s, err := store.Open(db, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var in []Input
	for _, path := range paths {
		in = append(in, Input{Path: path})
	}
	sum, err := New(s, opts).Run(ctx, in, step)
	if err != nil {
		t.Fatal(err)
	}
	return sum, sum.StoppedAt
}

func TestPipelineMatchesSerial(t *testing.T) {
	in := ingesttest.SampleInputs(t)
	paths := []string{in}
	if bbc := filepath.Join(ingesttest.SharedDir(), "corpus", "bbc_news.jsonl"); ingesttest.SharedDir() != "" && fileExists(bbc) {
		paths = append(paths, ingesttest.HeadLines(t, bbc, filepath.Join(t.TempDir(), "bbc.jsonl"), 150))
	} else {
		t.Log("../shared/corpus/bbc_news.jsonl not found: testing with the samples only")
	}
	dir := t.TempDir()
	ref := serialIngest(t, filepath.Join(dir, "serial"), paths...)
	want := ingesttest.GraphJSON(t, filepath.Join(dir, "serial"))
	if ref.Added < 8 || ref.Unchanged < 3 || len(ref.Failed) != 1 {
		t.Fatalf("serial run: %+v; want several added, unchanged and one failure", ref)
	}
	for _, tc := range []struct {
		name string
		cfg  Options
	}{
		{"defaults", Options{}},
		{"one-worker", Options{Workers: 1}},
		{"many-workers-small-window", Options{Workers: 5, Inflight: 3}},
		{"batches", Options{Workers: 3, BatchArticles: 7}},
		{"tiny-byte-budget", Options{Workers: 2, InflightBytes: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(dir, tc.name)
			sum, _ := pipelineIngest(t, context.Background(), db, tc.cfg, nil, paths...)
			if sum.Added != ref.Added || sum.Unchanged != ref.Unchanged || len(sum.Failed) != len(ref.Failed) || sum.Failed[0] != ref.Failed[0] {
				t.Errorf("summary %+v, serial %+v", sum, ref)
			}
			ingesttest.SameGraph(t, tc.name, want, ingesttest.GraphJSON(t, db))

			// Again: everything is unchanged, the known input unread.
			again, _ := pipelineIngest(t, context.Background(), db, tc.cfg, nil, paths...)
			if again.Added != 0 || again.Unchanged != ref.Added+ref.Unchanged || len(again.Failed) != 1 {
				t.Errorf("re-ingest: %+v", again)
			}
			ingesttest.SameGraph(t, tc.name+" re-ingested", want, ingesttest.GraphJSON(t, db))
		})
	}
	// The same inputs twice in one run into a new store: the second time
	// everything is known, from what this run stored.
	t.Run("inputs-twice", func(t *testing.T) {
		db := filepath.Join(dir, "twice")
		sum, _ := pipelineIngest(t, context.Background(), db, Options{}, nil, append(paths, paths...)...)
		if sum.Added != ref.Added || sum.Unchanged != ref.Unchanged+ref.Added+ref.Unchanged || len(sum.Failed) != 2*len(ref.Failed) {
			t.Errorf("summary %+v, serial once %+v", sum, ref)
		}
		ingesttest.SameGraph(t, "twice", want, ingesttest.GraphJSON(t, db))
	})
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestPipelineInterrupt stops the pipeline part way, checks the store and
// the report, and continues: the result is the graph of one full run.
func TestPipelineInterrupt(t *testing.T) {
	in := ingesttest.SampleInputs(t)
	dir := t.TempDir()
	serialIngest(t, filepath.Join(dir, "serial"), in)
	want := ingesttest.GraphJSON(t, filepath.Join(dir, "serial"))
	for _, after := range []int{1, 4, 9} {
		db := filepath.Join(dir, "cut", strings.Repeat("x", after))
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		step := func() {
			if n++; n == after {
				cancel()
			}
		}
		sum, at := pipelineIngest(t, ctx, db, Options{Workers: 2, Inflight: 2}, step, in)
		cancel()
		if !sum.Interrupted || at == "" {
			t.Fatalf("stopped after %d: summary %+v, stopped at %q; want interrupted with a place", after, sum, at)
		}
		part := ingesttest.GraphJSON(t, db) // checks consistency
		if bytes.Equal(part, want) {
			t.Fatalf("stopped after %d items but the whole graph is stored", after)
		}
		rest, _ := pipelineIngest(t, context.Background(), db, Options{}, nil, in)
		if rest.Interrupted || rest.Added == 0 {
			t.Fatalf("continuing: %+v", rest)
		}
		ingesttest.SameGraph(t, "interrupted and continued", want, ingesttest.GraphJSON(t, db))
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
	var sum *Summary
	done := make(chan error, 1)
	go func() {
		var err error
		sum, err = New(s, Options{}).Run(ctx, []Input{{Path: "-", Reader: pr, Format: "jsonl"}}, nil)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil || !sum.Interrupted || sum.StoppedAt != "-" {
			t.Fatalf("run = %v, summary %+v; want interrupted at \"-\"", err, sum)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the pipeline still waits for standard input 10 s after the interruption")
	}
}
