package main

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// buildBinary builds newsgraph into dir and returns its path.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "newsgraph")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestIngestProcess runs the built binary: killed at random moments, fed
// hostile input, and sharing the store between readers.
func TestIngestProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds the binary and runs it (-short)")
	}
	bin := buildBinary(t, t.TempDir())
	t.Run("crash", func(t *testing.T) { testCrash(t, bin) })
	t.Run("interrupt", func(t *testing.T) { testInterrupt(t, bin) })
	t.Run("hostile", func(t *testing.T) { testHostile(t, bin) })
	t.Run("readers", func(t *testing.T) { testReaders(t, bin) })
}

// crashArticles is how much of the BBC corpus the crash test ingests: all
// 2,225 articles take too long to ingest some 20 times on two busy cores.
const crashArticles = 400

// testCrash kills an ingest with SIGKILL at 20 random moments. After each
// kill the store must open and hold only whole articles: it passes Check,
// and every stored article has exactly the mentions and evidence it has in
// a clean run. A final ingest must give exactly the clean run's graph.
func testCrash(t *testing.T, bin string) {
	bbc := ingesttest.SharedCorpus(t, "bbc_news.jsonl")
	dir := t.TempDir()
	in := ingesttest.HeadLines(t, bbc, filepath.Join(dir, "bbc.jsonl"), crashArticles)

	cleanDB := filepath.Join(dir, "clean")
	start := time.Now()
	runBin(t, bin, cleanDB, 0, "ingest", "-q", in)
	full := time.Since(start)
	want := ingesttest.GraphJSON(t, cleanDB)
	wantCensus := census(t, cleanDB)

	seed := uint64(time.Now().UnixNano())
	t.Logf("clean ingest of %d articles took %v; kill seed %d", crashArticles, full.Round(time.Millisecond), seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	db := filepath.Join(dir, "killed")
	stored, midway := 0, 0
	for i := range 20 {
		// Anywhere from start-up (Badger opening and replaying its log) to
		// late in the run; each run continues where the last one stopped.
		delay := time.Duration(rng.Int64N(int64(full * 3 / 4)))
		cmd := exec.Command(bin, "--db", db, "ingest", "-q", in)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if strings.Contains(errb.String(), "panic") {
			t.Fatalf("kill %d: the ingest panicked:\n%s", i, errb.String())
		}
		got := census(t, db) // opens and checks
		if got == nil {
			continue // killed before it stored anything
		}
		for id, c := range got.PerArticle {
			if w, ok := wantCensus.PerArticle[id]; !ok || w != c {
				t.Fatalf("kill %d after %v: article %s holds %+v, a clean run %+v", i, delay, id, c, w)
			}
		}
		if got.Articles < stored {
			t.Fatalf("kill %d: the store lost articles: %d, was %d", i, got.Articles, stored)
		}
		if got.Articles > stored && got.Articles < wantCensus.Articles {
			midway++
		}
		stored = got.Articles
	}
	t.Logf("after 20 kills the store held %d of %d articles; %d kills came in the middle of storing", stored, wantCensus.Articles, midway)
	runBin(t, bin, db, 0, "ingest", "-q", in)
	ingesttest.SameGraph(t, "after kills and a final ingest", want, ingesttest.GraphJSON(t, db))
}

// testInterrupt stops an ingest with SIGINT: it must exit 130 saying where
// it stopped, leave a consistent store, and continue when run again.
func testInterrupt(t *testing.T, bin string) {
	bbc := ingesttest.SharedCorpus(t, "bbc_news.jsonl")
	dir := t.TempDir()
	in := ingesttest.HeadLines(t, bbc, filepath.Join(dir, "bbc.jsonl"), 300)
	cleanDB := filepath.Join(dir, "clean")
	runBin(t, bin, cleanDB, 0, "ingest", "-q", in)
	want := ingesttest.GraphJSON(t, cleanDB)

	db := filepath.Join(dir, "db")
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		cmd := exec.Command(bin, "--db", db, "ingest", in)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until it has opened the store (Badger's LOCK file exists
		// only while a process holds it, so this also holds on the second
		// pass, when the store's other files are already there: a signal
		// before then would reach a process still starting, without its
		// handler, as happened under heavy load), then stop it.
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(filepath.Join(db, "LOCK")); err == nil {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		ee, _ := err.(*exec.ExitError)
		if ee == nil || ee.ExitCode() != exitInterrupted {
			if err == nil {
				t.Logf("%v came after the ingest finished; nothing to check", sig)
				break
			}
			t.Fatalf("%v: exit %v, want %d\n%s", sig, err, exitInterrupted, errb.String())
		}
		if !strings.Contains(errb.String(), "interrupted before "+in+":") || !strings.Contains(errb.String(), "the store is consistent") {
			t.Errorf("%v: stderr %q does not say where it stopped", sig, errb.String())
		}
		census(t, db) // opens and checks
	}
	runBin(t, bin, db, 0, "ingest", "-q", in)
	ingesttest.SameGraph(t, "interrupted twice and continued", want, ingesttest.GraphJSON(t, db))
}

// census opens a store (read-only, as a query would), checks it and
// returns what it holds, or nil when there is no store yet.
func census(t *testing.T, db string) *store.Census {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if errors.Is(err, store.ErrNoStore) {
		return nil
	}
	if err != nil {
		t.Fatalf("the store does not open: %v", err)
	}
	defer s.Close()
	c, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// runBin runs the binary on a store and checks its exit status; it
// returns stdout and stderr.
func runBin(t *testing.T, bin, db string, wantCode int, args ...string) (string, string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != wantCode {
		t.Fatalf("newsgraph %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, wantCode, out.String(), errb.String())
	}
	return out.String(), errb.String()
}
