package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/export/internal/testgraph"
	"github.com/newsgraph/newsgraph/graph"
	gdot "gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// hostileOptions makes the title, score name and scores hostile too.
func hostileOptions(g *graph.Graph) Options {
	o := Options{
		Title:     testgraph.HostileNames[0],
		ScoreName: `pr "<&>"`,
		Scores:    make(map[graph.ID]float64),
		Community: make(map[graph.ID]int),
	}
	for i, e := range g.Entities {
		o.Scores[e.ID] = float64(i) / 3
		o.Community[e.ID] = i % 3
	}
	return o
}

// write runs w and returns its output.
func write(t testing.TB, w writer, g *graph.Graph, o Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := w(&buf, g, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// jsonDoc is what WriteJSON writes.
type jsonDoc struct {
	Title     string        `json:"title"`
	ScoreName string        `json:"score_name"`
	Nodes     []jsonNode    `json:"nodes"`
	Edges     []jsonEdge    `json:"edges"`
	Articles  []jsonArticle `json:"articles"`
}

func TestHostileJSON(t *testing.T) {
	g := testgraph.Hostile()
	o := hostileOptions(g)
	out := write(t, WriteJSON, g, o)
	if !json.Valid(out) {
		t.Fatalf("invalid JSON:\n%s", out)
	}
	if bytes.Contains(out, []byte("<script")) {
		t.Error("JSON contains an unescaped <script")
	}
	var doc jsonDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != Clean(o.Title) || doc.ScoreName != o.ScoreName {
		t.Errorf("title %q, score name %q", doc.Title, doc.ScoreName)
	}
	if len(doc.Nodes) != len(g.Entities) || len(doc.Edges) != len(g.Relations) {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Nodes), len(doc.Edges), len(g.Entities), len(g.Relations))
	}
	for i, e := range g.Entities {
		n := doc.Nodes[i]
		if n.ID != e.ID || n.Name != Clean(e.Name) || n.Aliases[0] != Clean(e.Aliases[0]) || n.Attrs["wikidata"] != Clean(e.Attrs["wikidata"]) {
			t.Errorf("node %d = %+v, want name %q", i, n, Clean(e.Name))
		}
		if n.Score == nil || *n.Score != o.Scores[e.ID] || n.Community == nil || *n.Community != o.Community[e.ID] {
			t.Errorf("node %d: score or community lost", i)
		}
	}
	if got, want := doc.Nodes[0].Attrs[`<k a="1">&`], Clean(testgraph.HostileNames[3]); got != want {
		t.Errorf("hostile attribute key: %q, want %q", got, want)
	}
	for i, r := range g.Relations {
		if got, want := doc.Edges[i].Evidence[0].Sentence, Clean(r.Evidence[0].Sentence); got != want {
			t.Errorf("edge %d sentence %q, want %q", i, got, want)
		}
	}
	if got, want := doc.Articles[0].Title, Clean(g.Articles[0].Title); got != want {
		t.Errorf("article title %q, want %q", got, want)
	}
}

// gmlDoc is enough of a GraphML document to check what WriteGraphML
// writes.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Data        []gmlData `xml:"data"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID       string    `xml:"id,attr"`
			Source   string    `xml:"source,attr"`
			Target   string    `xml:"target,attr"`
			Directed string    `xml:"directed,attr"`
			Data     []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// parseGraphML decodes GraphML strictly and returns its node and edge
// attributes by attribute name, keyed by node or edge ID.
func parseGraphML(t testing.TB, b []byte) (doc gmlDoc, nodes, edges map[string]map[string]string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, b)
	}
	names := make(map[string]string)
	for _, k := range doc.Keys {
		if _, dup := names[k.ID]; dup {
			t.Fatalf("duplicate key id %q", k.ID)
		}
		names[k.ID] = k.Name
	}
	attrs := func(data []gmlData) map[string]string {
		m := make(map[string]string)
		for _, d := range data {
			name, ok := names[d.Key]
			if !ok {
				t.Fatalf("data for undeclared key %q", d.Key)
			}
			m[name] = d.Value
		}
		return m
	}
	nodes, edges = make(map[string]map[string]string), make(map[string]map[string]string)
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = attrs(n.Data)
	}
	for _, e := range doc.Graph.Edges {
		if _, dup := edges[e.ID]; dup {
			t.Fatalf("duplicate edge id %q", e.ID)
		}
		edges[e.ID] = attrs(e.Data)
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Fatalf("edge %s refers to an undeclared node", e.ID)
		}
	}
	return doc, nodes, edges
}

func TestHostileGraphML(t *testing.T) {
	g := testgraph.Hostile()
	o := hostileOptions(g)
	out := write(t, WriteGraphML, g, o)
	doc, nodes, edges := parseGraphML(t, out)
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	checkHostileAttrs(t, "encoding/xml", g, o, nodes, edges)

	path := filepath.Join(t.TempDir(), "hostile.graphml")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("xmllint", func(t *testing.T) {
		xmllint := lookPath(t, "xmllint", "checking GraphML with libxml2")
		if out, err := exec.Command(xmllint, "--noout", path).CombinedOutput(); err != nil {
			t.Fatalf("xmllint: %v\n%s", err, out)
		}
	})
	t.Run("networkx", func(t *testing.T) {
		nodes, edges := readWithPython(t, "networkx", networkxScript, path)
		checkHostileAttrs(t, "networkx", g, o, nodes, edges)
	})
	t.Run("igraph", func(t *testing.T) {
		nodes, edges := readWithPython(t, "igraph", igraphScript, path)
		checkHostileAttrs(t, "igraph", g, o, nodes, edges)
	})
}

// checkHostileAttrs checks that every attribute of the hostile graph came
// back, keyed by GraphML node and edge IDs.
func checkHostileAttrs(t *testing.T, reader string, g *graph.Graph, o Options, nodes, edges map[string]map[string]string) {
	t.Helper()
	if len(nodes) != len(g.Entities) || len(edges) != len(g.Relations) {
		t.Fatalf("%s: %d nodes and %d edges, want %d and %d", reader, len(nodes), len(edges), len(g.Entities), len(g.Relations))
	}
	scoreName := attrName(o.ScoreName)
	for i, e := range g.Entities {
		id := "n" + strconv.Itoa(int(e.ID))
		n := nodes[id]
		want := map[string]string{
			"name":     Clean(e.Name),
			"type":     string(e.Type),
			"aliases":  Clean(e.Aliases[0]),
			"mentions": strconv.Itoa(e.Mentions),
			"articles": strconv.Itoa(e.Articles),
			"wikidata": Clean(e.Attrs["wikidata"]),
			scoreName:  strconv.FormatFloat(o.Scores[e.ID], 'g', -1, 64),
		}
		want["community"] = strconv.Itoa(o.Community[e.ID])
		if i == 0 {
			want["attr_name"] = "clash"
			want["attr_id"] = "clash"
			want[`_k_a__1___`] = Clean(testgraph.HostileNames[3])
			want["ctl"] = "x"
		}
		for k, v := range want {
			got, ok := n[k]
			if !ok && v == "" {
				continue // networkx drops empty values
			}
			if !ok {
				t.Errorf("%s: node %s has no %q (has %q)", reader, id, k, n)
				continue
			}
			if got != v && !sameNumber(got, v) {
				t.Errorf("%s: node %s %s = %q, want %q", reader, id, k, got, v)
			}
		}
	}
	for i, r := range g.Relations {
		id := "e" + strconv.Itoa(i)
		e := edges[id]
		want := map[string]string{
			"kind":     string(r.Kind),
			"weight":   strconv.Itoa(r.Weight),
			"directed": "false",
			"evidence": oneLine(r.Evidence[0].Sentence),
			"articles": "h1",
		}
		for k, v := range want {
			got, ok := e[k]
			if !ok && v == "" {
				continue
			}
			if got != v && !sameNumber(got, v) && !(k == "directed" && strings.EqualFold(got, v)) {
				t.Errorf("%s: edge %s %s = %q, want %q", reader, id, k, got, v)
			}
		}
	}
}

// sameNumber reports whether a and b are equal numbers (igraph reads every
// number as a float).
func sameNumber(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && x == y
}

// The reader scripts print {"nodes": {id: {attr: value}}, "edges": {id:
// {attr: value}}} with every value as a string.
const (
	pyCommon = `
import json, math, sys
def s(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    if isinstance(v, float) and math.isnan(v): return None
    return str(v)
def attrs(d): return {k: s(v) for k, v in d.items() if v is not None and s(v) is not None}
`
	networkxScript = pyCommon + `
import networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
nodes = {n: attrs(d) for n, d in g.nodes(data=True)}
edges = {str(d.get("id", k)): attrs(d) for u, v, k, d in g.edges(keys=True, data=True)}
print(json.dumps({"nodes": nodes, "edges": edges}))
`
	igraphScript = pyCommon + `
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
nodes = {v["id"]: attrs(v.attributes()) for v in g.vs}
edges = {e["id"]: attrs(e.attributes()) for e in g.es}
print(json.dumps({"nodes": nodes, "edges": edges}))
`
)

// python returns a Python 3 interpreter that can import module, or skips
// the test.
func python(t *testing.T, module string) string {
	t.Helper()
	var candidates []string
	for _, name := range []string{"python3", "python"} {
		if p, err := exec.LookPath(name); err == nil {
			candidates = append(candidates, p)
		}
	}
	candidates = append(candidates, "/usr/bin/python3") // Debian's, where apt installs python3-networkx and python3-igraph
	for _, p := range candidates {
		if exec.Command(p, "-c", "import "+module).Run() == nil {
			return p
		}
	}
	t.Skipf("no Python 3 with %s found, skipping (apt-get install python3-%s)", module, module)
	return ""
}

// readWithPython reads a GraphML file with a Python library.
func readWithPython(t *testing.T, module, script, path string) (nodes, edges map[string]map[string]string) {
	t.Helper()
	py := python(t, module)
	cmd := exec.Command(py, "-c", script, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s cannot read the GraphML: %v\n%s", module, err, stderr.Bytes())
	}
	var res struct{ Nodes, Edges map[string]map[string]string }
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%s: %v\n%s", module, err, out)
	}
	if stderr.Len() > 0 {
		t.Logf("%s warnings: %s", module, stderr.Bytes())
	}
	return res.Nodes, res.Edges
}

// TestGraphMLMixedIgraph checks that igraph reads a mixed GraphML file.
// (networkx refuses them; that is why GraphMLMixed is off by default.)
func TestGraphMLMixed(t *testing.T) {
	g := testgraph.Small()
	out := write(t, WriteGraphML, g, Options{GraphMLMixed: true})
	doc, _, _ := parseGraphML(t, out)
	for i, e := range doc.Graph.Edges {
		want := ""
		if !g.Relations[i].Kind.Directed() {
			want = "false"
		}
		if e.Directed != want {
			t.Errorf("edge %s directed=%q, want %q", e.ID, e.Directed, want)
		}
	}
	path := filepath.Join(t.TempDir(), "mixed.graphml")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	_, edges := readWithPython(t, "igraph", igraphScript, path)
	if len(edges) != len(g.Relations) {
		t.Errorf("igraph read %d edges, want %d", len(edges), len(g.Relations))
	}
}

// dotLabel decodes a quoted label WriteDOT wrote back to the text Graphviz
// shows: the string's content with \" and \\ unescaped, then &amp; as &.
func dotLabel(quoted string) (string, error) {
	if len(quoted) < 2 || quoted[0] != '"' || quoted[len(quoted)-1] != '"' {
		return "", fmt.Errorf("not quoted: %s", quoted)
	}
	s := quoted[1 : len(quoted)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			if i == len(s) || s[i] != '\\' && s[i] != '"' {
				return "", fmt.Errorf("unexpected escape in %s", quoted)
			}
		} else if s[i] == '"' {
			return "", fmt.Errorf("unescaped quote in %s", quoted)
		}
		b.WriteByte(s[i])
	}
	return strings.ReplaceAll(b.String(), "&amp;", "&"), nil
}

// Attributes WriteDOT sets on entity nodes and relation edges; anything
// else would have been injected.
var (
	nodeAttrKeys = map[string]bool{"label": true, "tooltip": true, "shape": true, "fillcolor": true, "fontcolor": true, "fontsize": true, "width": true, "height": true}
	edgeAttrKeys = map[string]bool{"tooltip": true, "color": true, "style": true, "penwidth": true, "dir": true, "arrowhead": true}
)

// checkDOT parses a map with gonum's DOT parser and checks its structure:
// one node per entity with the expected label, one edge per relation, and
// no attribute WriteDOT does not write.
func checkDOT(t testing.TB, out []byte, g *graph.Graph) {
	t.Helper()
	f, err := gdot.ParseBytes(out)
	if err != nil {
		t.Fatalf("gonum cannot parse the DOT: %v\n%s", err, out)
	}
	if len(f.Graphs) != 1 {
		t.Fatalf("%d graphs", len(f.Graphs))
	}
	labels := make(map[string]string)
	edges := 0
	for _, st := range f.Graphs[0].Stmts {
		switch st := st.(type) {
		case *ast.NodeStmt:
			for _, a := range st.Attrs {
				if !nodeAttrKeys[a.Key] {
					t.Errorf("node %s has unexpected attribute %s=%s", st.Node.ID, a.Key, a.Val)
				}
				if a.Key == "label" {
					l, err := dotLabel(a.Val)
					if err != nil {
						t.Error(err)
					}
					labels[st.Node.ID] = l
				}
			}
		case *ast.EdgeStmt:
			edges++
			for _, a := range st.Attrs {
				if !edgeAttrKeys[a.Key] {
					t.Errorf("edge has unexpected attribute %s=%s", a.Key, a.Val)
				}
			}
		case *ast.Subgraph:
			if st.ID != `"cluster_legend"` {
				t.Errorf("unexpected subgraph %s", st.ID)
			}
		}
	}
	if len(labels) != len(g.Entities) {
		t.Errorf("%d labelled nodes, want %d", len(labels), len(g.Entities))
	}
	for _, e := range g.Entities {
		id := `"n` + strconv.Itoa(int(e.ID)) + `"`
		if got, want := labels[id], label(e.Name); got != want {
			t.Errorf("node %s label %q, want %q", id, got, want)
		}
	}
	if edges != len(g.Relations) {
		t.Errorf("%d edges, want %d", edges, len(g.Relations))
	}
}

func TestHostileDOT(t *testing.T) {
	g := testgraph.Hostile()
	out := write(t, WriteDOT, g, hostileOptions(g))
	checkDOT(t, out, g)

	dot := lookPath(t, "dot", "rendering hostile names with Graphviz")
	for _, layout := range []string{"dot", "neato"} {
		cmd := exec.Command(dot, "-K"+layout, "-Tsvg")
		cmd.Stdin = bytes.NewReader(out)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		svg, err := cmd.Output()
		if err != nil {
			t.Fatalf("dot -K%s: %v\n%s", layout, err, stderr.Bytes())
		}
		texts := svgTexts(t, svg)
		for _, e := range g.Entities {
			if want := label(e.Name); !texts[want] {
				t.Errorf("dot -K%s: no text %q in the SVG", layout, want)
			}
		}
		if want := Clean(testgraph.HostileNames[0]); !texts[want] {
			t.Errorf("dot -K%s: title %q not shown", layout, want)
		}
	}
}

// svgTexts parses an SVG strictly, fails if it has an element other than
// those Graphviz writes, and returns the contents of its text elements.
func svgTexts(t testing.TB, svg []byte) map[string]bool {
	t.Helper()
	allowed := map[string]bool{"svg": true, "g": true, "title": true, "text": true, "polygon": true, "ellipse": true, "path": true, "a": true, "polyline": true}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	texts := make(map[string]bool)
	var cur *strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if !allowed[tok.Name.Local] {
				t.Errorf("unexpected SVG element <%s>", tok.Name.Local)
			}
			if tok.Name.Local == "text" {
				cur = &strings.Builder{}
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && cur != nil {
				texts[cur.String()] = true
				cur = nil
			}
		}
	}
	return texts
}

// TestHostileLabels keeps testgraph.HostileLabels, which the render tests
// look for in SVG, in step with label.
func TestHostileLabels(t *testing.T) {
	for i, name := range testgraph.HostileNames {
		if got, want := label(name), testgraph.HostileLabels[i]; got != want {
			t.Errorf("label(%q) = %q, HostileLabels has %q", name, got, want)
		}
	}
}
