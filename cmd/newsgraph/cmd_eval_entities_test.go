package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalEntitiesCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "untouched.db")
	code, out, errs := runCLI(t, "", "--db", db, "eval", "entities", "--elevant", filepath.Join("testdata", "eval", "two.elevant.jsonl"), "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res evalEntitiesResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Articles != 2 || res.MissingArticles != 0 || res.Found.Total != 7 {
		t.Fatalf("articles %d, missing %d, gold %d; want 2, 0, 7", res.Articles, res.MissingArticles, res.Found.Total)
	}
	// Plain names of well-known people and places in plain sentences:
	// all are found and typed, and both people are one node each across
	// the two articles.
	if res.Found.Count != 7 || res.Typed.Count != 7 || res.Merged.Count != 2 || res.Merged.Total != 2 || len(res.OverMerged) != 0 {
		t.Errorf("found %+v typed %+v merged %+v over-merged %v; misses %+v", res.Found, res.Typed, res.Merged, res.OverMerged, res.Misses)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("the --db store was touched: %v", err)
	}
}

func TestEvalEntitiesBadFile(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\": 1, \"text\": \"abc\", \"labels\": [{\"span\": [1, 7]}]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "eval", "entities", "--elevant", bad)
	if code != 1 || !strings.Contains(errs, "bad.jsonl:1: article 1, label 0: span") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
