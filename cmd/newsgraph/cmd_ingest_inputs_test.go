package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// TestIngestFanOut ingests a directory of 30 levels, each with two links
// to the next: every article goes in once and one line says how many
// paths led to places read before, instead of a walk of 2^30 paths.
func TestIngestFanOut(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const levels = 30
	level := func(k int) string { return filepath.Join(in, fmt.Sprintf("L%02d", k)) }
	for k := 0; k <= levels; k++ {
		if err := os.MkdirAll(level(k), 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Report %d\n\nThe council of Lahore met for the %d. time on Monday, officials said.\n", k, k+1)
		if err := os.WriteFile(filepath.Join(level(k), "story.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for k := 0; k < levels; k++ {
		for _, name := range []string{"x", "y"} {
			if err := os.Symlink(level(k+1), filepath.Join(level(k), name)); err != nil {
				t.Skipf("symbolic links unavailable: %v", err)
			}
		}
	}
	code, out, errs := cli(t, filepath.Join(dir, "db"), "ingest", level(0))
	if code != 0 || !strings.HasPrefix(out, fmt.Sprintf("%d added, 0 unchanged, 0 failed", levels+1)) {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	want := fmt.Sprintf("newsgraph: %d path(s) skipped: they lead to files or directories already read (links that fan out)\n", levels)
	if errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	code, out, _ = cli(t, filepath.Join(dir, "db2"), "ingest", "--json", level(0))
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum.Seen != levels || sum.Added != levels+1 {
		t.Errorf("--json: exit %d, %v, summary %+v", code, err, sum)
	}
}
