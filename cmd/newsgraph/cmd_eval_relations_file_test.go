package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/eval"
)

// fileStory is an invented wire story as a text file, with a dateline
// that only a file read gives the ingest path (a record made from the
// text would lose it).
const fileStory = `Minister travels

OSLO, March 3 (Wirewire) - A trade delegation led by Norway's foreign minister Kari Vik flew to Paris on Monday.

Vik said the talks would be hard.
`

// fileGoldJSON references stories/vik.txt and gives one inline article;
// the file article's delegation visit is a leader → destination fact.
const fileGoldJSON = `{"format": "newsgraph-relations-gold/1", "articles": [
 {"id": "f1", "file": "stories/vik.txt",
  "entities": [
   {"id": "vik", "name": "Kari Vik", "type": "person", "aliases": ["Vik"]},
   {"id": "no", "name": "Norway", "type": "country"},
   {"id": "del", "name": "trade delegation", "type": "organization", "group": true},
   {"id": "par", "name": "Paris", "type": "place"}],
  "relations": [
   {"kind": "holds_role", "source": "vik", "target": "no", "role": "foreign minister", "evidence": "Norway's foreign minister Kari Vik"},
   {"kind": "leads", "source": "vik", "target": "del", "evidence": "A trade delegation led by Norway's foreign minister Kari Vik"},
   {"kind": "visits", "source": "del", "target": "par", "note": "leader-destination", "evidence": "A trade delegation led by Norway's foreign minister Kari Vik flew to Paris"}]},
 {"id": "t1", "text": "Acme chief executive Ann Lee said sales rose.",
  "entities": [
   {"id": "lee", "name": "Ann Lee", "type": "person"},
   {"id": "acme", "name": "Acme", "type": "organization"}],
  "relations": [
   {"kind": "leads", "source": "lee", "target": "acme", "role": "chief executive", "evidence": "Acme chief executive Ann Lee"}]}]}`

// TestEvalRelationsFile checks that an article referenced by file is
// ingested and found, beside an inline one, and that the leader →
// destination measure is reported in text and JSON.
func TestEvalRelationsFile(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(filepath.Join(corpus, "stories"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(corpus, "stories"), "vik.txt", fileStory)
	gold := writeFile(t, dir, "gold.json", fileGoldJSON)
	db := filepath.Join(dir, "db")
	code, out, errs := cli(t, db, "eval", "relations", "--gold", gold, "--corpus", corpus, "--json")
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	var rep eval.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if rep.Found != 2 || len(rep.Missing) != 0 {
		t.Errorf("found %d of 2 articles, missing %v", rep.Found, rep.Missing)
	}
	ld := rep.LeaderDestination
	if ld == nil || ld.Total != 1 || ld.Facts[0].Leader != "Kari Vik" || ld.Facts[0].Group != "trade delegation" {
		t.Fatalf("leader-destination %+v", ld)
	}
	code, out, _ = cli(t, db, "eval", "relations", "--gold", gold, "--corpus", corpus, "--verbose")
	if code != 0 || !strings.Contains(out, "\nleader-destination: ") || !strings.Contains(out, " of 1 reachable (1 noted visits relations)\n") {
		t.Errorf("text output (code %d):\n%s", code, out)
	}
	// A gold of file articles only has no JSON lines to ingest: nothing
	// may fail for want of them.
	var g map[string]any
	if err := json.Unmarshal([]byte(fileGoldJSON), &g); err != nil {
		t.Fatal(err)
	}
	g["articles"] = g["articles"].([]any)[:1]
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	only := writeFile(t, dir, "only.json", string(b))
	if code, out, errs := cli(t, db, "eval", "relations", "--gold", only, "--corpus", corpus); code != 0 || errs != "" || !strings.Contains(out, "1 articles, 1 found") {
		t.Errorf("file articles only: code %d, stderr %q, output:\n%s", code, errs, out)
	}
	// Without the corpus directory the reference cannot be resolved, and
	// the error names the article.
	code, _, errs = cli(t, db, "eval", "relations", "--gold", gold, "--corpus", dir)
	if code != exitFailure || !strings.Contains(errs, `article "f1": file "stories/vik.txt"`) {
		t.Errorf("unresolved file: code %d, stderr %q", code, errs)
	}
}

// TestEvalRelationsFileFailed checks that a file article the ingest
// refuses (a text over its size limit, which the gold loader still
// reads) is reported by its gold ID and counted as missing.
func TestEvalRelationsFileFailed(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(filepath.Join(corpus, "stories"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(corpus, "stories"), "vik.txt", fileStory+strings.Repeat("word ", 1<<20)+"\n")
	gold := writeFile(t, dir, "gold.json", fileGoldJSON)
	code, out, errs := cli(t, filepath.Join(dir, "db"), "eval", "relations", "--gold", gold, "--corpus", corpus)
	if code != exitFailure || !strings.Contains(out, "2 articles, 1 found") || !strings.Contains(out, "not in the graph: f1") {
		t.Errorf("code %d, output:\n%s", code, out)
	}
	if !strings.Contains(errs, gold+": article f1 not ingested: ") {
		t.Errorf("stderr %q does not name the article", errs)
	}
}
