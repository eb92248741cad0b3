package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/export/internal/testgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// directionScript reads a GraphML or GEXF file with networkx and prints
// whether the graph is directed and each edge as [source, target, kind].
const directionScript = `
import json, sys
import networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
edges = [[u, v, d.get("kind", "")] for u, v, d in g.edges(data=True)]
print(json.dumps({"directed": g.is_directed(), "edges": edges}))
`

// TestDirectionNetworkx checks that networkx reads typed relations back
// from GraphML and GEXF with their direction, and each co-mention once.
func TestDirectionNetworkx(t *testing.T) {
	g := testgraph.Small()
	want := map[[3]string]int{}
	for _, r := range g.Relations {
		want[[3]string{nodeID(r.Source), nodeID(r.Target), string(r.Kind)}]++
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"graphml", func(b *bytes.Buffer) error { return WriteGraphML(b, g, Options{}) }},
		{"gexf", func(b *bytes.Buffer) error { return WriteGEXF(b, g, Options{}) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			py := python(t, "networkx")
			var buf bytes.Buffer
			if err := f.write(&buf); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "g."+f.name)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, "-c", directionScript, path, f.name).Output()
			if err != nil {
				t.Fatalf("networkx cannot read the %s: %v", f.name, err)
			}
			var res struct {
				Directed bool
				Edges    [][3]string
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatal(err)
			}
			if !res.Directed {
				t.Error("networkx reads an undirected graph")
			}
			got := map[[3]string]int{}
			for _, e := range res.Edges {
				got[e]++
			}
			for k, n := range want {
				if got[k] != n {
					t.Errorf("edge %s → %s (%s): networkx has it %d times, want %d", k[0], k[1], k[2], got[k], n)
				}
				if graph.Kind(k[2]).Directed() && got[[3]string{k[1], k[0], k[2]}] > 0 && want[[3]string{k[1], k[0], k[2]}] == 0 {
					t.Errorf("edge %s → %s (%s) read back reversed too", k[0], k[1], k[2])
				}
			}
			if len(res.Edges) != len(g.Relations) {
				t.Errorf("networkx read %d edges, want %d", len(res.Edges), len(g.Relations))
			}
		})
	}
}
