package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storyDB ingests the test story into a new store and returns its path.
func storyDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	p := writeFile(t, dir, "story.txt", story)
	if code, out, errs := cli(t, db, "ingest", p); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	return db
}

func TestExportFormats(t *testing.T) {
	db := storyDB(t)
	dir := t.TempDir()

	gexf := filepath.Join(dir, "g.gexf")
	if code, _, errs := cli(t, db, "export", "--format", "gexf", "--measures", "degree,betweenness", "--out", gexf); code != 0 {
		t.Fatalf("gexf: %d %s", code, errs)
	}
	b, err := os.ReadFile(gexf)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Attributes []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				Title string `xml:"title,attr"`
			} `xml:"attribute"`
		} `xml:"graph>attributes"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("gexf: %v", err)
	}
	var titles []string
	for _, a := range doc.Attributes {
		for _, at := range a.Attrs {
			titles = append(titles, a.Class+":"+at.Title)
		}
	}
	for _, want := range []string{"node:community", "node:pagerank", "node:degree", "node:betweenness", "edge:kind"} {
		if !strings.Contains(strings.Join(titles, " "), want) {
			t.Errorf("gexf attributes %v lack %s", titles, want)
		}
	}

	rdf := filepath.Join(dir, "g.rdf")
	if code, _, errs := cli(t, db, "export", "--format", "nquads", "--out", rdf); code != 0 {
		t.Fatalf("nquads: %d %s", code, errs)
	}
	schema, err := os.ReadFile(filepath.Join(dir, "g.schema"))
	if err != nil || !strings.Contains(string(schema), "@reverse") {
		t.Errorf("schema beside the N-Quads: %v %q", err, schema)
	}
	quads, _ := os.ReadFile(rdf)
	if !strings.Contains(string(quads), `/name> "Bilawal Bhutto Zardari" .`) {
		t.Errorf("N-Quads lack the name statement:\n%s", quads)
	}

	neo := filepath.Join(dir, "neo4j")
	if code, _, errs := cli(t, db, "export", "--format", "neo4j", "--out", neo); code != 0 {
		t.Fatalf("neo4j: %d %s", code, errs)
	}
	f, err := os.Open(filepath.Join(neo, "relationships.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) < 2 || rows[0][2] != ":TYPE" {
		t.Errorf("relationships.csv: %v %v", err, rows)
	}
	if _, err := os.Stat(filepath.Join(neo, "constraints.cypher")); err != nil {
		t.Error(err)
	}
	if code, _, errs := cli(t, db, "export", "--format", "neo4j"); code != 2 || !strings.Contains(errs, "--out DIR") {
		t.Errorf("neo4j to stdout: code %d, %q", code, errs)
	}
	if code, _, errs := cli(t, db, "export", "--format", "gexf", "--measures", "fame"); code != 2 || !strings.Contains(errs, "unknown measure") {
		t.Errorf("bad --measures: code %d, %q", code, errs)
	}
}

// TestExportEgoMapLabels checks that a focus map labels only the edges
// that carry a role or a date (the kind is told by colour), and that the
// whole-graph map labels none.
func TestExportEgoMapLabels(t *testing.T) {
	db := storyDB(t)
	code, out, errs := cli(t, db, "export", "--format", "dot", "--focus", "Bilawal Bhutto Zardari", "--depth", "1")
	if code != 0 {
		t.Fatalf("ego dot: %d %s", code, errs)
	}
	for _, want := range []string{`label="Chairman"`, "Bilawal Bhutto Zardari and its neighbours"} {
		if !strings.Contains(out, want) {
			t.Errorf("ego map lacks %s:\n%s", want, out)
		}
	}
	for _, bad := range []string{`label="member of"`, `label="co mention"`, `label="leads"`} {
		if strings.Contains(out, bad) {
			t.Errorf("ego map has %s, which the line already says", bad)
		}
	}
	_, full, _ := cli(t, db, "export", "--format", "dot")
	if strings.Contains(full, `label="Chairman"`) {
		t.Error("the whole-graph map labels its edges")
	}
}

// TestRankCache checks that a second rank is answered from the cache with
// the same result, and that ingesting invalidates it.
func TestRankCache(t *testing.T) {
	db := storyDB(t)
	_, first, _ := cli(t, db, "rank", "--json", "--by", "betweenness", "--top", "0")
	_, second, _ := cli(t, db, "rank", "--json", "--by", "betweenness", "--top", "0")
	if first != second {
		t.Errorf("cached rank differs:\n%s\n%s", first, second)
	}
	var rows []rankRow
	if err := json.Unmarshal([]byte(first), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("rank: %v %s", err, first)
	}
	p := writeFile(t, t.TempDir(), "more.txt", "Talks in Lahore\n\nShehbaz Sharif met Narendra Modi in Lahore. Narendra Modi thanked Shehbaz Sharif.\n")
	if code, _, errs := cli(t, db, "ingest", p); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	_, third, _ := cli(t, db, "rank", "--json", "--by", "betweenness", "--top", "0")
	if third == first {
		t.Error("rank after an ingest returned the cached result")
	}
	if code, _, errs := cli(t, db, "rank", "--by", "betweenness", "--pivots", "-1"); code != 2 {
		t.Errorf("--pivots -1: code %d %s", code, errs)
	}
	if code, out, _ := cli(t, db, "rank", "--by", "hits", "--pivots", "2"); code != 0 || !strings.Contains(out, "HITS") {
		t.Errorf("rank --by hits: %d %s", code, out)
	}
}
