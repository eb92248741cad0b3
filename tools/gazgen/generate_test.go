package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot walks up from the test's folder to the one holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// sharedDir is ../shared beside the repository; the test is skipped when
// it is missing.
func sharedDir(t *testing.T) string {
	t.Helper()
	shared := filepath.Join(repoRoot(t), "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "gazetteers")); err != nil {
		t.Skipf("skipped: the shared data is not at %s (../shared beside the repository)", shared)
	}
	return shared
}

// TestGenerateDeterministic generates twice and compares the bytes, then
// compares them with the committed data/gazetteer.
func TestGenerateDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: generates the gazetteers twice")
	}
	shared := sharedDir(t)
	a, b := t.TempDir(), t.TempDir()
	for _, out := range []string{a, b} {
		if _, err := generate(options{Shared: shared, Out: out}); err != nil {
			t.Fatal(err)
		}
	}
	files, err := filepath.Glob(filepath.Join(a, "*"))
	if err != nil || len(files) < 2 {
		t.Fatalf("generated %v (%v)", files, err)
	}
	total := 0
	committed := filepath.Join(repoRoot(t), "data", "gazetteer")
	for _, fa := range files {
		name := filepath.Base(fa)
		da, _ := os.ReadFile(fa)
		db, err := os.ReadFile(filepath.Join(b, name))
		if err != nil || !bytes.Equal(da, db) {
			t.Errorf("%s differs between two runs (%v)", name, err)
		}
		total += len(da)
		if dc, err := os.ReadFile(filepath.Join(committed, name)); err != nil || !bytes.Equal(da, dc) {
			t.Errorf("data/gazetteer/%s is not what the generator makes now: run go generate ./entities/gazetteer (%v)", name, err)
		}
	}
	if total > 8<<20 {
		t.Errorf("the files take %d bytes, more than 8 MiB", total)
	}
}

func TestRunUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-h"}, &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "usage: gazgen") {
		t.Errorf("-h: exit %d, %q", code, errOut.String())
	}
	if code := run([]string{"-nosuchflag"}, &out, &errOut); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	if code := run([]string{"extra"}, &out, &errOut); code != 2 {
		t.Errorf("extra argument: exit %d, want 2", code)
	}
	errOut.Reset()
	if code := run([]string{"-shared", t.TempDir(), "-out", t.TempDir()}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "no gazetteers") {
		t.Errorf("missing sources: exit %d, %q", code, errOut.String())
	}
}
