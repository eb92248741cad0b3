package analytics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// referenceScript reads a graph as lines "node ID" and "edge ID ID weight"
// (parallel edges are summed) and prints, as JSON keyed by
// "<lib>:<w|u>:<measure>", the centralities of networkx, and of igraph when
// it can be imported, weighted (w) and unweighted (u). Distances are
// 1/weight. Betweenness and harmonic closeness are normalised as Centrality
// normalises them; igraph's eigenvector scores (max 1) are rescaled to
// Euclidean norm 1.
const referenceScript = `
import json, math, sys
import networkx as nx

G = nx.Graph()
for line in open(sys.argv[1]):
    f = line.split()
    if f[0] == "node":
        G.add_node(int(f[1]))
    else:
        u, v, w = int(f[1]), int(f[2]), int(f[3])
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
for u, v, d in G.edges(data=True):
    d["dist"] = 1.0 / d["weight"]
n = G.number_of_nodes()
out = {}

def pagerank(weight):
    try:
        return nx.pagerank(G, alpha=0.85, weight=weight, tol=1e-14, max_iter=100000)
    except ImportError:  # no scipy: networkx's pure-Python version
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(G, alpha=0.85, weight=weight, tol=1e-14, max_iter=100000)

for tag, weight, dist in (("w", "weight", "dist"), ("u", None, None)):
    out["networkx:%s:pagerank" % tag] = pagerank(weight)
    out["networkx:%s:betweenness" % tag] = nx.betweenness_centrality(G, normalized=True, weight=dist)
    out["networkx:%s:closeness" % tag] = {k: v / (n - 1) for k, v in nx.harmonic_centrality(G, distance=dist).items()}
    out["networkx:%s:eigenvector" % tag] = nx.eigenvector_centrality(G, weight=weight, tol=1e-14, max_iter=100000)
    out["networkx:%s:degree" % tag] = dict(G.degree())
    out["networkx:%s:weighted_degree" % tag] = dict(G.degree(weight=weight))
    # networkx's hits reads the "weight" attribute whenever it is there.
    H = G if weight else nx.Graph(G.edges())
    H.add_nodes_from(G.nodes())
    hubs, _ = nx.hits(H, tol=1e-14, max_iter=100000)
    out["networkx:%s:hits" % tag] = hubs

try:
    import igraph
except ImportError:
    igraph = None
if igraph is not None:
    nodes = sorted(G.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    edges = list(G.edges(data=True))
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, _ in edges])
    ws = [d["weight"] for _, _, d in edges]
    ds = [d["dist"] for _, _, d in edges]
    def keyed(vals):
        return {nodes[i]: x for i, x in enumerate(vals)}
    for tag, weight, dist in (("w", ws, ds), ("u", None, None)):
        out["igraph:%s:pagerank" % tag] = keyed(ig.pagerank(damping=0.85, weights=weight))
        bc = ig.betweenness(weights=dist)
        out["igraph:%s:betweenness" % tag] = keyed([b / ((n - 1) * (n - 2) / 2) for b in bc])
        out["igraph:%s:closeness" % tag] = keyed(ig.harmonic_centrality(weights=dist, normalized=True))
        ev = ig.eigenvector_centrality(scale=True, weights=weight)
        norm = math.sqrt(sum(x * x for x in ev))
        out["igraph:%s:eigenvector" % tag] = keyed([x / norm for x in ev])
        hub = ig.hub_score(weights=weight, scale=True)
        total = sum(hub)
        out["igraph:%s:hits" % tag] = keyed([x / total for x in hub])

json.dump({k: {str(v): x for v, x in d.items()} for k, d in out.items()}, sys.stdout)
`

// referencePython returns a python3 that can import networkx, preferring
// one that can also import igraph, or skips the test. It looks at python3
// on PATH and at /usr/bin/python3 (Debian's python3-networkx and
// python3-igraph install there, while a PATH python3 may be another one).
func referencePython(t *testing.T) string {
	t.Helper()
	var cands []string
	if p, err := exec.LookPath("python3"); err == nil {
		cands = append(cands, p)
	}
	if _, err := os.Stat("/usr/bin/python3"); err == nil {
		cands = append(cands, "/usr/bin/python3")
	}
	if len(cands) == 0 {
		t.Skip("no python3: skipping the comparison with networkx and igraph")
	}
	best := ""
	for _, p := range cands {
		// networkx's pagerank and hits need numpy and scipy, which a
		// networkx installed without its extras lacks.
		if exec.Command(p, "-c", "import networkx, numpy, scipy").Run() != nil {
			continue
		}
		if exec.Command(p, "-c", "import igraph").Run() == nil {
			return p
		}
		if best == "" {
			best = p
		}
	}
	if best == "" {
		t.Skipf("none of %v can import networkx with numpy and scipy (apt-get install python3-networkx python3-scipy): skipping the comparison", cands)
	}
	t.Logf("%s has networkx but not igraph (apt-get install python3-igraph): comparing with networkx only", best)
	return best
}

// TestCentralityReference compares every measure on a seeded random graph
// of 200 entities (with a separate triangle and two isolated entities) with
// networkx and, when present, igraph.
//
// Centrality, like igraph, treats weighted path lengths within 1e-10
// relative as equal, whereas networkx compares floating-point sums exactly,
// so paths that tie in exact arithmetic (1/2+1/3+1/6 against 1/2+1/2) can
// count as one or as two depending on rounding. Weighted betweenness is
// therefore checked against igraph as it is and against networkx with the
// kernel's exact comparisons.
func TestCentralityReference(t *testing.T) {
	py := referencePython(t)
	g := randomGraph(200, 1)
	dir := t.TempDir()
	var in bytes.Buffer
	for _, e := range g.Entities {
		fmt.Fprintf(&in, "node %d\n", e.ID)
	}
	for _, r := range g.Relations {
		fmt.Fprintf(&in, "edge %d %d %d\n", r.Source, r.Target, r.Weight)
	}
	edges := filepath.Join(dir, "edges.txt")
	script := filepath.Join(dir, "reference.py")
	if err := os.WriteFile(edges, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(script, []byte(referenceScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, script, edges)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", py, err, stderr.String())
	}
	var ref map[string]map[string]float64
	if err := json.Unmarshal(out, &ref); err != nil {
		t.Fatal(err)
	}

	const tol = 1e-6
	for _, key := range sortedKeys(ref) {
		lib, rest, _ := strings.Cut(key, ":")
		tag, m, _ := strings.Cut(rest, ":")
		o := Options{Unweighted: tag == "u"}
		want := ref[key]
		got, err := Centrality(g, Measure(m), o)
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		if lib == "networkx" && m == string(Betweenness) && !o.Unweighted {
			// See the doc comment: check the kernel with exact length
			// comparisons and log how far the tolerant result is.
			t.Logf("%-28s max |Δ| = %.3g (Centrality: near-ties counted as ties; not checked)", key, maxAbsDiff(got, want))
			c := buildCSR(g, o)
			exact := betweennessKernel(c, true, 0)
			got = make(map[graph.ID]float64, len(exact))
			for i, id := range c.ids {
				got[id] = exact[i]
			}
			key += " (exact ties)"
		}
		if len(want) != len(got) {
			t.Fatalf("%s: %d reference scores for %d entities", key, len(want), len(got))
		}
		d := maxAbsDiff(got, want)
		t.Logf("%-28s max |Δ| = %.3g", key, d)
		if d > tol {
			t.Errorf("%s: max |Δ| = %g > %g", key, d, tol)
		}
	}
}

func maxAbsDiff(got map[graph.ID]float64, ref map[string]float64) float64 {
	var d float64
	for k, v := range ref {
		id, err := strconv.ParseUint(k, 10, 64)
		if err != nil {
			return math.Inf(1)
		}
		g, ok := got[graph.ID(id)]
		if !ok {
			return math.Inf(1)
		}
		d = max(d, math.Abs(g-v))
	}
	return d
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
