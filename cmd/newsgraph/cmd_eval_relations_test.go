package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/eval"
)

// tinyGold is one invented article with an inline text.
const tinyGold = `{"format": "newsgraph-relations-gold/1", "articles": [
 {"id": "t1", "split": "check", "title": "Minister travels",
  "text": "Norway's foreign minister Kari Vik flew to Paris on Monday.\n\nVik said the talks would be hard.",
  "entities": [
   {"id": "vik", "name": "Kari Vik", "type": "person", "aliases": ["Vik"]},
   {"id": "no", "name": "Norway", "type": "country"},
   {"id": "par", "name": "Paris", "type": "place"}],
  "relations": [
   {"kind": "holds_role", "source": "vik", "target": "no", "role": "foreign minister", "evidence": "Norway's foreign minister Kari Vik"},
   {"kind": "visits", "source": "vik", "target": "par", "evidence": "Kari Vik flew to Paris"}]}]}`

func TestEvalRelationsGold(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "untouched.db")
	gold := writeFile(t, dir, "gold.json", tinyGold)
	code, out, errs := cli(t, db, "eval", "relations", "--gold", gold, "--json")
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	var rep eval.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	check := rep.Table("strict", "check")
	if rep.Found != 1 || check == nil || check.Total.Gold != 2 {
		t.Fatalf("report %+v", rep)
	}
	// The ingest path reads this possessive title; if it stops doing so
	// the relation stages have regressed.
	if check.Kinds[1].Kind != "holds_role" || check.Kinds[1].Correct != 1 {
		t.Errorf("holds_role not found: %+v", check.Kinds[1])
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("eval touched the --db store: %v", err)
	}
	code, out, _ = cli(t, db, "eval", "relations", "--gold", gold, "--loose", "--verbose")
	if code != 0 || !strings.Contains(out, "loose, check (1 articles)") || !strings.Contains(out, "misses (gold relations not predicted)") {
		t.Errorf("text output (code %d):\n%s", code, out)
	}
}

func TestEvalRelationsErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	if code, _, errs := cli(t, db, "eval", "relations"); code != exitStore || !strings.Contains(errs, "--gold") {
		t.Errorf("no flag: code %d, stderr %q", code, errs)
	}
	bad := writeFile(t, dir, "bad.json", strings.Replace(tinyGold, `"target": "par"`, `"target": "rome"`, 1))
	if code, _, errs := cli(t, db, "eval", "relations", "--gold", bad); code != exitFailure || !strings.Contains(errs, bad) || !strings.Contains(errs, `unknown entity`) {
		t.Errorf("bad gold: code %d, stderr %q", code, errs)
	}
	if code, _, errs := cli(t, db, "eval", "relations", "--docred", bad); code != exitFailure || !strings.Contains(errs, "not a Re-DocRED file") {
		t.Errorf("bad docred: code %d, stderr %q", code, errs)
	}
}

func TestEvalRelationsDocRED(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	file := filepath.Join("..", "..", "entities", "eval", "testdata", "docred_small.json")
	code, out, errs := cli(t, db, "eval", "relations", "--docred", file, "--json")
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	var res struct {
		Docs   int
		Strict eval.Table
		Loose  eval.Table
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Docs != 1 || res.Strict.Total.Gold != 5 {
		t.Errorf("result %+v, err %v, output %s", res, err, out)
	}
}

// TestEvalRelationsFailedArticle checks that an article the ingest refuses
// is reported and counted as missing while the others are scored.
func TestEvalRelationsFailedArticle(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("word ", 1<<20) // 5 MB, over the ingest's 4 MB limit
	two := strings.Replace(tinyGold, `]}]}`, `]},
 {"id": "t2", "text": "`+huge+`", "entities": [], "relations": []}]}`, 1)
	gold := writeFile(t, dir, "gold.json", two)
	code, out, errs := cli(t, filepath.Join(dir, "db"), "eval", "relations", "--gold", gold)
	if code != exitFailure || !strings.Contains(out, "2 articles, 1 found") || !strings.Contains(out, "not in the graph: t2") {
		t.Errorf("code %d, output:\n%s", code, out)
	}
	if !strings.Contains(errs, gold+": article t2 not ingested: ") {
		t.Errorf("stderr %q does not name the article", errs)
	}
}
