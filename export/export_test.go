package export

import (
	"bytes"
	"flag"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/export/internal/testgraph"
	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// writer is the signature WriteJSON, WriteGraphML and WriteDOT share.
type writer func(io.Writer, *graph.Graph, Options) error

var smallOptions = Options{
	Title:     "Small test",
	Scores:    testgraph.SmallScores,
	ScoreName: "pagerank",
}

var goldenTests = []struct {
	name  string // file in testdata
	write writer
	g     func() *graph.Graph
	o     Options
}{
	{"small.json", WriteJSON, testgraph.Small, smallOptions},
	{"small.graphml", WriteGraphML, testgraph.Small, smallOptions},
	{"small.dot", WriteDOT, testgraph.Small, smallOptions},
	{"small-community.json", WriteJSON, testgraph.Small, Options{Community: testgraph.SmallCommunities, MaxEvidence: 1}},
	{"small-community.graphml", WriteGraphML, testgraph.Small, Options{Community: testgraph.SmallCommunities, MaxEvidence: 1, GraphMLMixed: true}},
	{"small-community.dot", WriteDOT, testgraph.Small, Options{Community: testgraph.SmallCommunities, MaxEvidence: 1}},
	{"empty.json", WriteJSON, func() *graph.Graph { return &graph.Graph{} }, Options{}},
	{"empty.graphml", WriteGraphML, func() *graph.Graph { return &graph.Graph{} }, Options{}},
	{"empty.dot", WriteDOT, func() *graph.Graph { return &graph.Graph{} }, Options{}},
}

func TestGolden(t *testing.T) {
	for _, tt := range goldenTests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf, tt.g(), tt.o); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, buf.Bytes())
		})
	}
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept it):\n%s", path, firstDiff(got, want))
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range max(len(g), len(w)) {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return "(no difference)"
}

// TestDeterministic checks that the order of the graph's slices does not
// change the output and that the graph is not modified.
func TestDeterministic(t *testing.T) {
	for _, w := range []struct {
		name  string
		write writer
	}{{"json", WriteJSON}, {"graphml", WriteGraphML}, {"dot", WriteDOT}} {
		t.Run(w.name, func(t *testing.T) {
			g, scores, comm := testgraph.Random(7, 60)
			o := Options{Scores: scores, Community: comm, ScoreName: "pagerank"}
			var want bytes.Buffer
			if err := w.write(&want, g, o); err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(1, 2))
			for range 3 {
				rng.Shuffle(len(g.Entities), func(i, j int) { g.Entities[i], g.Entities[j] = g.Entities[j], g.Entities[i] })
				rng.Shuffle(len(g.Relations), func(i, j int) { g.Relations[i], g.Relations[j] = g.Relations[j], g.Relations[i] })
				before := slices.Clone(g.Entities)
				var got bytes.Buffer
				if err := w.write(&got, g, o); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Fatalf("output depends on slice order:\n%s", firstDiff(got.Bytes(), want.Bytes()))
				}
				for i := range before {
					if before[i].ID != g.Entities[i].ID {
						t.Fatal("writer reordered the graph's entities")
					}
				}
			}
		})
	}
}

// TestDanglingRelations checks that relations to unknown entities are
// skipped rather than written.
func TestDanglingRelations(t *testing.T) {
	g := testgraph.Small()
	g.Relations = append(g.Relations, graph.Relation{Source: 1, Target: 99, Kind: graph.CoMention, Weight: 1})
	for _, w := range []struct {
		write writer
		ref   string
	}{{WriteJSON, `"target": 99`}, {WriteGraphML, `"n99"`}, {WriteDOT, `"n99"`}} {
		var buf bytes.Buffer
		if err := w.write(&buf, g, Options{}); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte(w.ref)) {
			t.Errorf("dangling relation written:\n%s", buf.Bytes())
		}
	}
}

func TestTop(t *testing.T) {
	g := testgraph.Small()
	scores := map[graph.ID]float64{1: 0.5, 2: 0.1, 3: 0.3, 4: 0.3, 5: math.NaN()}
	tests := []struct {
		name   string
		scores map[graph.ID]float64
		n      int
		want   []graph.ID
	}{
		{"top 3 with a tie broken by ID", scores, 3, []graph.ID{1, 3, 4}},
		{"NaN and unscored after scored, by ID", scores, 5, []graph.ID{1, 2, 3, 4, 5}},
		{"all", scores, 100, []graph.ID{1, 2, 3, 4, 5, 6}},
		{"none", scores, 0, nil},
		{"negative", scores, -1, nil},
		{"by mentions without scores", nil, 2, []graph.ID{1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := Top(g, tt.scores, tt.n)
			var got []graph.ID
			for _, e := range sub.Entities {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("entities = %v, want %v", got, tt.want)
			}
			in := make(map[graph.ID]bool)
			for _, id := range got {
				in[id] = true
			}
			n := 0
			for _, r := range g.Relations {
				if in[r.Source] && in[r.Target] {
					n++
				}
			}
			if len(sub.Relations) != n {
				t.Errorf("%d relations, want the %d among kept entities", len(sub.Relations), n)
			}
			for _, r := range sub.Relations {
				if !in[r.Source] || !in[r.Target] {
					t.Errorf("relation %v leaves the kept entities", r)
				}
			}
		})
	}
	if len(g.Entities) != 6 || len(g.Relations) != 7 {
		t.Error("Top modified its input")
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"nul\x00bell\x07esc\x1b", "nulbellesc"},
		{"\uFFFE\uFFFF\uFFFD", "\uFFFD"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"emoji 🗳️ rtl \u200F", "emoji 🗳️ rtl \u200F"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOneLineAndTruncate(t *testing.T) {
	if got, want := oneLine("  a\r\nb\t\u2028c  d\x7f\u0085e\u009f "), "a b c d e"; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
	if got, want := oneLine("a\u00a0\u0085b"), "a b"; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
	if got := truncate("abcdef", 6); got != "abcdef" {
		t.Errorf("truncate kept %q", got)
	}
	if got, want := truncate("abc defgh", 6), "abc d…"; got != want {
		t.Errorf("truncate = %q, want %q", got, want)
	}
	if got, want := truncate("ab  cdef", 4), "ab…"; got != want {
		t.Errorf("truncate = %q, want %q", got, want)
	}
}

// lookPath returns the path of an executable, or skips the test.
func lookPath(t *testing.T, name, why string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not on PATH, skipping %s (install it with apt-get install %s)", name, why, map[string]string{"dot": "graphviz", "xmllint": "libxml2-utils"}[name])
	}
	return p
}

// TestGoldenDOTWithGraphviz checks that Graphviz accepts the golden maps.
func TestGoldenDOTWithGraphviz(t *testing.T) {
	dot := lookPath(t, "dot", "checking DOT with Graphviz")
	for _, tt := range goldenTests {
		if filepath.Ext(tt.name) != ".dot" {
			continue
		}
		cmd := exec.Command(dot, "-Kneato", "-Tsvg", filepath.Join("testdata", tt.name))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Errorf("dot rejects %s: %v\n%s", tt.name, err, stderr.Bytes())
		}
	}
}

// TestGoldenGraphMLWithXmllint checks the golden GraphML is well-formed XML
// by libxml2's reckoning too.
func TestGoldenGraphMLWithXmllint(t *testing.T) {
	xmllint := lookPath(t, "xmllint", "checking GraphML with xmllint")
	for _, tt := range goldenTests {
		if filepath.Ext(tt.name) != ".graphml" {
			continue
		}
		out, err := exec.Command(xmllint, "--noout", filepath.Join("testdata", tt.name)).CombinedOutput()
		if err != nil {
			t.Errorf("xmllint rejects %s: %v\n%s", tt.name, err, out)
		}
	}
}
