package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// TestIngestJSONSummaryCounts checks the CLI summary against the store.
func TestIngestJSONSummaryCounts(t *testing.T) {
	in := ingesttest.SampleInputs(t)
	db := filepath.Join(t.TempDir(), "db")
	code, out, errs := cli(t, db, "ingest", "--json", in)
	var sum ingest.Summary
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
