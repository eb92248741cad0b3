package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	gdot "gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// FuzzGEXF checks that WriteGEXF writes well-formed XML that decodes into
// gonum's GEXF structures for any text, with the names as labels.
func FuzzGEXF(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		g.Relations[1].Attrs = map[string]string{attrKey: attrVal}
		o := Options{Title: sentence, ScoreName: attrKey, Scores: map[graph.ID]float64{1: 1}, Measures: []NamedScores{{Name: kind, Scores: map[graph.ID]float64{2: 2}}}}
		out := write(t, WriteGEXF, g, o)
		var doc gexf12.Content
		dec := xml.NewDecoder(bytes.NewReader(out))
		dec.Strict = true
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		nodes := doc.Graph.Nodes.Nodes
		if len(nodes) != 2 || len(doc.Graph.Edges.Edges) != 2 || nodes[0].Label != Clean(name) || nodes[1].Label != Clean(alias) {
			t.Errorf("nodes %+v", nodes)
		}
		for _, a := range doc.Graph.Attributes {
			seen := map[string]bool{}
			for _, at := range a.Attributes {
				if seen[at.Title] {
					t.Errorf("%s attribute %q declared twice", a.Class, at.Title)
				}
				seen[at.Title] = true
			}
		}
	})
}

// nquadLine matches one N-Quads statement in the form WriteNQuads writes
// (blank-node subject, IRI predicate, blank node or literal object, no
// graph label), following the N-Quads grammar's IRIREF, STRING_LITERAL_QUOTE
// and ECHAR/UCHAR productions.
var nquadLine = regexp.MustCompile(`^_:[A-Za-z0-9]+ <[^<>"{}|^` + "`" + `\\\x00-\x20]+> (_:[A-Za-z0-9]+|"((?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*)"(\^\^<[^<>"{}|^` + "`" + `\\\x00-\x20]+>)?) \.$`)

// FuzzNQuads checks that every line WriteNQuads writes is one N-Quads
// statement for any text, and that names read back as Clean made them.
func FuzzNQuads(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		g.Relations[1].Attrs = map[string]string{attrKey: attrVal}
		o := Options{Title: sentence, ScoreName: attrKey, Scores: map[graph.ID]float64{1: 1}}
		out := write(t, WriteNQuads, g, o)
		found := false
		for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			m := nquadLine.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("not an N-Quads statement: %q", line)
			}
			if strings.HasPrefix(line, "_:n1 <"+NQuadsNamespace+"name> ") {
				got, err := strconv.Unquote(`"` + strings.ReplaceAll(m[2], `\'`, `'`) + `"`)
				if err != nil || got != Clean(name) {
					t.Errorf("name %q (%v), want %q", got, err, Clean(name))
				}
				found = true
			}
		}
		if !found {
			t.Error("no name statement for _:n1")
		}
		var schema bytes.Buffer
		if err := WriteDgraphSchema(&schema, g, o); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(schema.String(), "\n"), "\n")
		for _, l := range lines[1:] {
			if !regexp.MustCompile(`^<` + regexp.QuoteMeta(NQuadsNamespace) + `[A-Za-z0-9_.-]+>: [a-z\[\]]+( @[a-z]+(\([a-z, ]+\))?)* \.$`).MatchString(l) {
				t.Errorf("schema line %q", l)
			}
		}
		if strings.Contains(lines[0], "\n") || !strings.HasPrefix(lines[0], "# ") {
			t.Errorf("schema comment %q", lines[0])
		}
	})
}

// FuzzNeo4j checks that the Neo4j CSV files read back with one line per
// record and the names as oneLine made them, for any text.
func FuzzNeo4j(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		g.Relations[1].Attrs = map[string]string{attrKey: attrVal}
		var nodes, rels, cypher bytes.Buffer
		o := Options{Title: sentence, ScoreName: attrKey, Scores: map[graph.ID]float64{1: 1}}
		if err := WriteNeo4j(&nodes, &rels, &cypher, g, o); err != nil {
			t.Fatal(err)
		}
		for _, part := range []*bytes.Buffer{&nodes, &rels} {
			if n := bytes.Count(part.Bytes(), []byte("\n")); n != 3 {
				t.Errorf("%d lines, want 3:\n%s", n, part.Bytes())
			}
			rows, err := csv.NewReader(bytes.NewReader(part.Bytes())).ReadAll()
			if err != nil || len(rows) != 3 {
				t.Fatalf("%v, %d rows", err, len(rows))
			}
			seen := map[string]bool{}
			for _, h := range rows[0] {
				prop, _, _ := strings.Cut(h, ":")
				if prop != "" && seen[prop] {
					t.Errorf("property %q twice in %q", prop, rows[0])
				}
				seen[prop] = true
			}
			if part == &nodes && (rows[1][1] != oneLine(name) || rows[2][1] != oneLine(alias)) {
				t.Errorf("names %q, %q", rows[1][1], rows[2][1])
			}
		}
		for _, line := range strings.Split(strings.TrimSuffix(cypher.String(), "\n"), "\n") {
			if !strings.HasPrefix(line, "//") && !strings.HasPrefix(line, "CREATE ") {
				t.Errorf("cypher line %q", line)
			}
		}
	})
}

// FuzzDOTEdgeLabels checks ego-map edge labels: the DOT parses for any
// relation kind, each edge gets exactly the label attributes on top of the
// usual ones, only relations with a role are labelled, and each label is
// on one line.
func FuzzDOTEdgeLabels(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name, alias, attrKey, attrVal, sentence, kind string) {
		g := fuzzGraph(name, alias, attrKey, attrVal, sentence, kind)
		out := write(t, WriteDOT, g, Options{Title: sentence, EdgeLabels: true})
		file, err := gdot.ParseBytes(out)
		if err != nil {
			t.Fatalf("gonum cannot parse the DOT: %v\n%s", err, out)
		}
		var labels []string
		for _, st := range file.Graphs[0].Stmts {
			e, ok := st.(*ast.EdgeStmt)
			if !ok {
				continue
			}
			for _, a := range e.Attrs {
				switch {
				case a.Key == "xlabel":
					l, err := dotLabel(a.Val)
					if err != nil {
						t.Error(err)
					}
					labels = append(labels, l)
				case a.Key == "fontsize" || a.Key == "fontcolor" || edgeAttrKeys[a.Key]:
				default:
					t.Errorf("edge has unexpected attribute %s=%s", a.Key, a.Val)
				}
			}
		}
		// Only a typed relation with a role is labelled.
		want := 0
		if graph.Kind(kind) != graph.CoMention && oneLine(attrVal) != "" {
			want = 1
		}
		if len(labels) != want {
			t.Fatalf("%d edge labels, want %d", len(labels), want)
		}
		for _, l := range labels {
			if strings.ContainsAny(l, "\n\r") {
				t.Errorf("edge label %q spans lines", l)
			}
		}
	})
}
