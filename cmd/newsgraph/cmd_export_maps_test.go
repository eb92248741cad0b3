package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/export/render"
)

// mapStats is what the map tests measure in an SVG.
type mapStats struct {
	nodes, edges int
	overlaps     []render.Overlap
	pagerank     map[string]float64 // by node name, from the tooltips
}

var (
	svgNodeRe = regexp.MustCompile(`<g id="node\d+" class="node">`)
	svgEdgeRe = regexp.MustCompile(`<g id="edge\d+" class="edge">`)
	// A node's tooltip starts with its name and has its PageRank, whose
	// minus sign (a small rank's exponent: 9.4e-05) Graphviz writes as
	// "&#45;".
	svgTipRe = regexp.MustCompile(`xlink:title="([^&"]*)&#10;[^"]*?&#10;pagerank ((?:[0-9.eE+-]|&#45;)+)`)
)

// measureMap reads an SVG map: nodes (the legend not counted), edges,
// overlapping labels and the PageRank printed for each node.
func measureMap(t *testing.T, svg []byte) mapStats {
	t.Helper()
	boxes, err := render.LabelBoxes(svg)
	if err != nil {
		t.Fatal(err)
	}
	st := mapStats{
		nodes:    len(svgNodeRe.FindAll(svg, -1)) - 1,
		edges:    len(svgEdgeRe.FindAll(svg, -1)),
		overlaps: render.Overlaps(boxes, 0.5),
		pagerank: map[string]float64{},
	}
	for _, m := range svgTipRe.FindAllSubmatch(svg, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(string(m[2]), "&#45;", "-"), 64)
		if err != nil {
			t.Fatal(err)
		}
		st.pagerank[string(m[1])] = v
	}
	return st
}

func exportSVG(t *testing.T, db string, args ...string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "map.svg")
	start := time.Now()
	if code, _, errs := cli(t, db, append([]string{"export", "--format", "svg", "--out", out}, args...)...); code != 0 {
		t.Fatalf("export %v: %d %s", args, code, errs)
	}
	t.Logf("export %v: %v", args, time.Since(start).Round(time.Millisecond))
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkPageRank checks that the PageRank the map prints for each node is
// the one rank prints for the whole graph.
func checkPageRank(t *testing.T, db string, st mapStats) {
	t.Helper()
	code, out, errs := cli(t, db, "rank", "--by", "pagerank", "--top", "0", "--json")
	if code != 0 {
		t.Fatalf("rank: %d %s", code, errs)
	}
	var rows []struct {
		Name  string
		Score float64
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{}
	shared := map[string]bool{}
	for _, r := range rows {
		if _, dup := want[r.Name]; dup {
			shared[r.Name] = true
		}
		want[r.Name] = r.Score
	}
	if len(st.pagerank) == 0 {
		t.Fatal("no PageRank found in the map's tooltips")
	}
	for name, got := range st.pagerank {
		w, ok := want[name]
		if !ok || shared[name] {
			continue // a name shared by two entities cannot be told apart here
		}
		if s := strconv.FormatFloat(w, 'g', 6, 64); s != strconv.FormatFloat(got, 'g', 6, 64) {
			t.Errorf("%s: map prints pagerank %v, rank %s", name, got, s)
		}
	}
}

func checkNoOverlaps(t *testing.T, what string, st mapStats) {
	t.Helper()
	for _, o := range st.overlaps {
		t.Errorf("%s: label %q overlaps %q", what, o.A.Text, o.B.Text)
	}
}

// TestDemoMapReads checks the demo's map: no overlapping labels, and the
// whole graph's PageRank in the tooltips.
func TestDemoMapReads(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := cli(t, "", "demo", "--out", dir); code != 0 {
		t.Fatalf("demo: %d %s", code, errs)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "map.svg"))
	if err != nil {
		t.Fatal(err)
	}
	st := measureMap(t, svg)
	t.Logf("demo map: %d nodes, %d edges, %d overlaps", st.nodes, st.edges, len(st.overlaps))
	checkNoOverlaps(t, "demo map", st)
	checkPageRank(t, filepath.Join(dir, "newsgraph.db"), st)
}

// bbcStride picks the BBC articles the map test reads: every second one
// (1,113 of 2,225; the corpus is ordered by section, so a prefix would
// be all business news). The whole corpus took 21 s to ingest on two busy
// cores; half of it still gives a 150-node map and a focus map of Tony
// Blair with more than 40 neighbours.
const bbcStride = 2

var bbc struct {
	once sync.Once
	db   string
	err  string
}

// bbcDB ingests every bbcStride-th BBC article once per test binary.
func bbcDB(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "..", "shared", "corpus", "bbc_news.jsonl")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Skipf("BBC corpus not found (%v), skipping", err)
	}
	bbc.once.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-bbc-")
		if err != nil {
			bbc.err = err.Error()
			return
		}
		var picked []string
		for i, l := range strings.SplitAfter(string(data), "\n") {
			if i%bbcStride == 0 {
				picked = append(picked, l)
			}
		}
		subset := filepath.Join(dir, "bbc.jsonl")
		if err := os.WriteFile(subset, []byte(strings.Join(picked, "")), 0o644); err != nil {
			bbc.err = err.Error()
			return
		}
		bbc.db = filepath.Join(dir, "db")
		if code, _, errs := cli(t, bbc.db, "ingest", subset); code != 0 {
			bbc.err = errs
		}
	})
	if bbc.err != "" {
		t.Fatalf("ingesting BBC: %s", bbc.err)
	}
	return bbc.db
}

// TestBBCMaps checks the maps of issue 16 on BBC News: a focus map of Tony
// Blair of at most 40 nodes, a top-150 map of at most 3 edges per node,
// no overlapping labels on either, and the whole graph's PageRank printed.
func TestBBCMaps(t *testing.T) {
	if testing.Short() {
		t.Skip("BBC maps: skipped in -short mode")
	}
	db := bbcDB(t)
	focus := measureMap(t, exportSVG(t, db, "--focus", "Tony Blair"))
	t.Logf("focus map of Tony Blair: %d nodes, %d edges, %d overlaps", focus.nodes, focus.edges, len(focus.overlaps))
	if focus.nodes > 40 || focus.nodes < 20 {
		t.Errorf("focus map has %d nodes, want 20 to 40", focus.nodes)
	}
	checkNoOverlaps(t, "focus map", focus)
	checkPageRank(t, db, focus)

	top := measureMap(t, exportSVG(t, db, "--top", "150"))
	perNode := float64(top.edges) / float64(top.nodes)
	t.Logf("top-150 map: %d nodes, %d edges (%.2f per node), %d overlaps", top.nodes, top.edges, perNode, len(top.overlaps))
	if top.nodes != 150 || perNode > 3 {
		t.Errorf("top map has %d nodes and %.2f edges per node, want 150 and at most 3", top.nodes, perNode)
	}
	checkNoOverlaps(t, "top map", top)
	checkPageRank(t, db, top)

	story := measureMap(t, exportSVG(t, db, "--style", "story", "--top", "150"))
	t.Logf("story map: %d nodes, %d edges, %d overlaps", story.nodes, story.edges, len(story.overlaps))
	checkNoOverlaps(t, "story map", story)
}
