package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCacheAndCurationShareTheStore checks that cached analytics never
// touch the curation log and that a curation invalidates the cache.
func TestCacheAndCurationShareTheStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, db, "ingest", filepath.Join("..", "..", "data", "samples"))
	before := mustRun(t, db, "rank", "--by", "degree", "--top", "3", "--json")
	mustRun(t, db, "merge", "Pakistan", "India")
	after := mustRun(t, db, "rank", "--by", "degree", "--top", "3", "--json")
	if before == after {
		t.Errorf("rank after a merge is the cached rank from before it:\n%s", after)
	}
	if again := mustRun(t, db, "rank", "--by", "degree", "--top", "3", "--json"); again != after {
		t.Errorf("rank twice differs:\n%s\n%s", after, again)
	}
	if log := mustRun(t, db, "curate", "log"); !strings.Contains(log, "merge") || !strings.Contains(log, "active") {
		t.Errorf("curation log after caching:\n%s", log)
	}
	mustRun(t, db, "curate", "undo")
	if undone := mustRun(t, db, "rank", "--by", "degree", "--top", "3", "--json"); undone != before {
		t.Errorf("rank after undo:\n%s\nwant\n%s", undone, before)
	}
}
