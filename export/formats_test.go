package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/export/internal/testgraph"
	"github.com/newsgraph/newsgraph/graph"
	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// richGraph is testgraph.Small with a relation kind the map styles do not
// know, relation attributes and confidences, which every format must carry
// through.
func richGraph() *graph.Graph {
	g := testgraph.Small()
	for i := range g.Relations {
		g.Relations[i].Confidence = 0.5 + float64(i)/20
	}
	g.Relations = append(g.Relations, graph.Relation{
		Source: 1, Target: 5, Kind: graph.Kind("chairs"), Weight: 1, Confidence: 0.75,
		Attrs:    map[string]string{"role": "chair", "since": "2021"},
		Evidence: []graph.Evidence{{Article: "d4e5f6", Title: "Summit opens", Sentence: "Scholz chairs the Bundestag session.", Start: 120, End: 156}},
	})
	return g
}

var richOptions = Options{
	Title:     "Rich test",
	Scores:    testgraph.SmallScores,
	ScoreName: "pagerank",
	Community: testgraph.SmallCommunities,
	Measures: []NamedScores{
		{Name: "degree", Scores: map[graph.ID]float64{1: 5, 2: 1, 3: 2, 4: 1, 5: 2, 6: 1}},
		{Name: "pagerank", Scores: map[graph.ID]float64{1: 99}}, // repeats ScoreName: skipped
	},
}

// writeNeo4jTo writes the three Neo4j files into one stream, for goldens.
func writeNeo4jTo(w io.Writer, g *graph.Graph, o Options) error {
	var nodes, rels, cypher bytes.Buffer
	if err := WriteNeo4j(&nodes, &rels, &cypher, g, o); err != nil {
		return err
	}
	for _, part := range []struct {
		name string
		b    *bytes.Buffer
	}{{Neo4jNodesFile, &nodes}, {Neo4jRelationshipsFile, &rels}, {Neo4jCypherFile, &cypher}} {
		io.WriteString(w, "==> "+part.name+" <==\n")
		w.Write(part.b.Bytes())
	}
	return nil
}

// writeNQuadsAndSchema writes the N-Quads then the schema, for goldens.
func writeNQuadsAndSchema(w io.Writer, g *graph.Graph, o Options) error {
	if err := WriteNQuads(w, g, o); err != nil {
		return err
	}
	io.WriteString(w, "==> schema <==\n")
	return WriteDgraphSchema(w, g, o)
}

func TestGoldenFormats(t *testing.T) {
	tests := []struct {
		name  string
		write writer
		g     func() *graph.Graph
		o     Options
	}{
		{"small.gexf", WriteGEXF, testgraph.Small, smallOptions},
		{"rich.gexf", WriteGEXF, richGraph, richOptions},
		{"rich.graphml", WriteGraphML, richGraph, richOptions},
		{"rich.neo4j.txt", writeNeo4jTo, richGraph, richOptions},
		{"rich.nq.txt", writeNQuadsAndSchema, richGraph, richOptions},
		{"empty.gexf", WriteGEXF, func() *graph.Graph { return &graph.Graph{} }, Options{}},
		{"empty.nq.txt", writeNQuadsAndSchema, func() *graph.Graph { return &graph.Graph{} }, Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf, tt.g(), tt.o); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, buf.Bytes())
		})
	}
}

// TestGEXFStructure decodes the GEXF with gonum's structures and checks
// the attributes by title.
func TestGEXFStructure(t *testing.T) {
	out := write(t, WriteGEXF, richGraph(), richOptions)
	var doc gexf12.Content
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("GEXF does not decode: %v", err)
	}
	if doc.Version != "1.2" || doc.Graph.DefaultEdgeType != "directed" {
		t.Errorf("version %q, default edge type %q", doc.Version, doc.Graph.DefaultEdgeType)
	}
	titles := map[string]map[string]string{}
	for _, a := range doc.Graph.Attributes {
		titles[a.Class] = map[string]string{}
		for _, at := range a.Attributes {
			titles[a.Class][at.ID] = at.Title
		}
	}
	n := doc.Graph.Nodes.Nodes[0]
	got := map[string]string{}
	for _, v := range n.AttValues.AttValues {
		got[titles["node"][v.For]] = v.Value
	}
	want := map[string]string{"type": "person", "pagerank": "0.31", "degree": "5", "community": "0", "wikidata": "Q61053", "aliases": "Scholz"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("node n1 %s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	var last gexf12.Edge
	for _, e := range doc.Graph.Edges.Edges {
		if e.Label == "chairs" {
			last = e
		}
	}
	if last.AttValues == nil {
		t.Fatal("no chairs edge")
	}
	got = map[string]string{}
	for _, v := range last.AttValues.AttValues {
		got[titles["edge"][v.For]] = v.Value
	}
	if got["kind"] != "chairs" || got["role"] != "chair" || got["since"] != "2021" || got["confidence"] != "0.75" || last.Label != "chairs" {
		t.Errorf("chairs edge: %v, label %q", got, last.Label)
	}
}

// networkxGEXFScript prints the nodes and edges of a GEXF file as
// readWithPython expects, the node label as "name".
const networkxGEXFScript = pyCommon + `
import networkx as nx
g = nx.read_gexf(sys.argv[1])
nodes = {}
for n, d in g.nodes(data=True):
    a = attrs(d)
    a["name"] = a.pop("label", "")
    nodes[n] = a
es = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
edges = {str(d["id"]): attrs(d) for u, v, k, d in es}
print(json.dumps({"nodes": nodes, "edges": edges}))
`

func TestHostileGEXF(t *testing.T) {
	g := testgraph.Hostile()
	o := hostileOptions(g)
	o.Measures = []NamedScores{{Name: "deg<&>", Scores: o.Scores}}
	out := write(t, WriteGEXF, g, o)
	var doc gexf12.Content
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("GEXF does not decode: %v\n%s", err, out)
	}
	for i, e := range g.Entities {
		if got := doc.Graph.Nodes.Nodes[i].Label; got != Clean(e.Name) {
			t.Errorf("node %d label %q, want %q", i, got, Clean(e.Name))
		}
	}
	path := filepath.Join(t.TempDir(), "hostile.gexf")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("xmllint", func(t *testing.T) {
		xmllint := lookPath(t, "xmllint", "checking GEXF with libxml2")
		if out, err := exec.Command(xmllint, "--noout", path).CombinedOutput(); err != nil {
			t.Fatalf("xmllint: %v\n%s", err, out)
		}
	})
	t.Run("networkx", func(t *testing.T) {
		nodes, edges := readWithPython(t, "networkx", networkxGEXFScript, path)
		checkHostileAttrs(t, "networkx GEXF", g, o, nodes, edges)
		if got := nodes["n2"]["deg___"]; !sameNumber(got, strconv.FormatFloat(o.Scores[2], 'g', -1, 64)) {
			t.Errorf("networkx GEXF: extra measure of n2 = %q (attrs %v)", got, nodes["n2"])
		}
	})
}

// rdflibScript parses N-Quads strictly with rdflib and prints every
// entity's name and the number of statements.
const rdflibScript = `
import json, sys
import rdflib
ns = "` + NQuadsNamespace + `"
g = rdflib.ConjunctiveGraph()
g.parse(sys.argv[1], format="nquads")
names = {}
for s, o in g.subject_objects(rdflib.URIRef(ns + "name")):
    ids = list(g.objects(s, rdflib.URIRef(ns + "entity_id")))
    names[str(ids[0].toPython())] = str(o)
evidence = sorted(str(o) for o in g.objects(None, rdflib.URIRef(ns + "evidence")))
print(json.dumps({"statements": len(g), "names": names, "evidence": evidence}))
`

func TestHostileNQuads(t *testing.T) {
	g := testgraph.Hostile()
	o := hostileOptions(g)
	out := write(t, WriteNQuads, g, o)
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		if !strings.HasSuffix(line, " .") || strings.ContainsAny(line, "\r\x00") {
			t.Fatalf("line %d is not one statement: %q", i+1, line)
		}
	}
	var schema bytes.Buffer
	if err := WriteDgraphSchema(&schema, g, o); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(schema.String()), "\n")[1:] {
		if !strings.HasPrefix(line, "<"+NQuadsNamespace) || !strings.HasSuffix(line, " .") || strings.ContainsAny(line, `"&`) {
			t.Errorf("schema line %q", line)
		}
	}
	py := python(t, "rdflib")
	path := filepath.Join(t.TempDir(), "hostile.nq")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", rdflibScript, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("rdflib cannot parse the N-Quads: %v\n%s", err, stderr.Bytes())
	}
	var doc struct {
		Statements int
		Names      map[string]string
		Evidence   []string
	}
	if err := json.Unmarshal(res, &doc); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Count(out, []byte("\n"))
	if doc.Statements != lines {
		t.Errorf("rdflib read %d statements from %d lines", doc.Statements, lines)
	}
	for _, e := range g.Entities {
		if got := doc.Names[strconv.FormatUint(uint64(e.ID), 10)]; got != Clean(e.Name) {
			t.Errorf("entity %d: rdflib name %q, want %q", e.ID, got, Clean(e.Name))
		}
	}
	if len(doc.Evidence) == 0 {
		t.Error("rdflib found no evidence statements")
	}
}

func TestHostileNeo4j(t *testing.T) {
	g := testgraph.Hostile()
	o := hostileOptions(g)
	var nodes, rels, cypher bytes.Buffer
	if err := WriteNeo4j(&nodes, &rels, &cypher, g, o); err != nil {
		t.Fatal(err)
	}
	read := func(name string, b []byte) []map[string]string {
		r := csv.NewReader(bytes.NewReader(b))
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, h := range rows[0] {
			if strings.Count(h, ":") > 1 || strings.ContainsAny(h, `"<>&; `) {
				t.Errorf("%s: header field %q", name, h)
			}
		}
		var out []map[string]string
		for _, row := range rows[1:] {
			m := map[string]string{}
			for i, v := range row {
				if strings.ContainsAny(v, "\n\r") {
					t.Errorf("%s: field with a line break: %q", name, v)
				}
				m[rows[0][i]] = v
			}
			out = append(out, m)
		}
		return out
	}
	ns := read(Neo4jNodesFile, nodes.Bytes())
	if len(ns) != len(g.Entities) {
		t.Fatalf("%d node rows for %d entities", len(ns), len(g.Entities))
	}
	for i, e := range g.Entities {
		if ns[i]["name"] != oneLine(e.Name) || ns[i]["entityId:ID(Entity)"] != strconv.Itoa(int(e.ID)) {
			t.Errorf("node %d: %v", i, ns[i])
		}
		if !strings.HasPrefix(ns[i][":LABEL"], "Entity;") {
			t.Errorf("node %d labels %q", i, ns[i][":LABEL"])
		}
	}
	if got := ns[0]["attr_name"]; got != "clash" {
		t.Errorf("clashing attribute: %q", got)
	}
	rs := read(Neo4jRelationshipsFile, rels.Bytes())
	if len(rs) != len(g.Relations) || rs[0][":TYPE"] != "CO_MENTION" {
		t.Fatalf("%d relationship rows, first %v", len(rs), rs)
	}
	if !strings.Contains(cypher.String(), "REQUIRE e.entityId IS UNIQUE;") {
		t.Errorf("cypher script:\n%s", cypher.String())
	}
	for _, line := range strings.Split(cypher.String(), "\n") {
		if line != "" && !strings.HasPrefix(line, "//") && !strings.HasSuffix(line, ";") {
			t.Errorf("cypher line outside a comment: %q (a hostile title must stay in the comment)", line)
		}
	}

	// Python's csv module, which follows the same dialect as neo4j-admin
	// (RFC 4180 quoting), reads the same fields.
	py := python(t, "csv")
	path := filepath.Join(t.TempDir(), "nodes.csv")
	if err := os.WriteFile(path, nodes.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := exec.Command(py, "-c", `import csv, json, sys; print(json.dumps([r["name"] for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))]))`, path).Output()
	if err != nil {
		t.Fatalf("python csv: %v", err)
	}
	var names []string
	if err := json.Unmarshal(res, &names); err != nil {
		t.Fatal(err)
	}
	for i, e := range g.Entities {
		if names[i] != oneLine(e.Name) {
			t.Errorf("python csv: name %d = %q, want %q", i, names[i], oneLine(e.Name))
		}
	}
}

func TestNQLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`a"b\c`, `"a\"b\u005Cc"`},
		{"x\ny\rz\tw", `"x\ny\rz\tw"`},
		{"del\x7f c1\u0085", `"del\u007f c1\u0085"`},
		{"nul\x00", `"nul"`},
		{"bad \xff", `"bad ` + "\uFFFD" + `"`},
	}
	for _, tt := range tests {
		if got := nqLiteral(tt.in); got != tt.want {
			t.Errorf("nqLiteral(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
