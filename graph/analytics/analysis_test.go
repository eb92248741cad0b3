package analytics

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
)

// TestPageRankAgainstGonum checks the PageRank kernel against gonum's
// network.PageRankSparse (the previous implementation) within 1e-9,
// weighted and unweighted, on graphs with isolated entities, and with one
// and with several goroutines (the small grain forces a split).
func TestPageRankAgainstGonum(t *testing.T) {
	for _, g := range []*graph.Graph{starGraph, splitGraph, detourGraph, randomGraph(200, 7), barabasiAlbert(2000, 3)} {
		for _, o := range []Options{{}, {Unweighted: true}} {
			c := buildCSR(g, o)
			ref := network.PageRankSparse(directedView{csrView{c: c, w: c.w}}, PageRankDamping, 1e-13)
			var sum float64
			for _, v := range ref {
				sum += v
			}
			got := pageRankKernel(c, !o.Unweighted)
			var maxDiff float64
			for i := range got {
				maxDiff = max(maxDiff, math.Abs(got[i]-ref[int64(i)]/sum))
			}
			if maxDiff > 1e-9 {
				t.Errorf("%d entities, %+v: differs from gonum by %g", c.n(), o, maxDiff)
			}
		}
	}
}

// TestPageRankParallelSplit checks that splitting the rows between
// goroutines changes nothing.
func TestPageRankParallelSplit(t *testing.T) {
	c := buildCSR(barabasiAlbert(3000, 3), Options{})
	whole := rowBlocks(c, len(c.adj)+1)
	if len(whole) != 2 || whole[0] != 0 || whole[1] != c.n() {
		t.Fatalf("rowBlocks with a grain above the size = %v, want [0 %d]", whole, c.n())
	}
	if runtime.GOMAXPROCS(0) > 1 {
		split := rowBlocks(c, 1)
		if len(split) < 3 {
			t.Fatalf("rowBlocks with grain 1 = %v: not split", split)
		}
		for i := 1; i < len(split); i++ {
			if split[i] < split[i-1] {
				t.Fatalf("rowBlocks not ascending: %v", split)
			}
		}
	}
	single := pageRankKernel(c, true)
	// The result must not depend on the blocks: rerun with GOMAXPROCS 1.
	prev := runtime.GOMAXPROCS(1)
	one := pageRankKernel(c, true)
	runtime.GOMAXPROCS(prev)
	for i := range single {
		if math.Abs(single[i]-one[i]) > 1e-15 {
			t.Fatalf("node %d: %v with %d goroutines, %v with 1", i, single[i], prev, one[i])
		}
	}
}

func TestHITS(t *testing.T) {
	s36, s72 := math.Sin(math.Pi/5), math.Sin(2*math.Pi/5)
	sum := 2*s36 + 2*s72
	got, err := Centrality(pathGraph, HITS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The path 1-2-3-4 is bipartite: A² splits into the blocks {1,3} and
	// {2,4}, each with the leading eigenvalue λ²; from the uniform start
	// the mass stays split evenly between the blocks, and within a block
	// follows A's principal eigenvector (sin π/5, sin 2π/5, …).
	want := []float64{s36 / sum, s72 / sum, s72 / sum, s36 / sum}
	for i, w := range want {
		if math.Abs(got[graph.ID(i+1)]-w) > 1e-9 {
			t.Errorf("path: entity %d: got %.12g, want %.12g", i+1, got[graph.ID(i+1)], w)
		}
	}
	empty, err := Centrality(newTestGraph(4), HITS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, v := range empty {
		if v != 0.25 {
			t.Errorf("edgeless: entity %d: got %v, want 0.25", id, v)
		}
	}
}

// TestSampledBetweenness checks that sampling every node gives exact
// betweenness, that a sample's estimate stays within the stated bound,
// and that it is reproducible.
func TestSampledBetweenness(t *testing.T) {
	g := barabasiAlbert(600, 3)
	for _, o := range []Options{{}, {Unweighted: true}} {
		exact, err := Centrality(g, Betweenness, o)
		if err != nil {
			t.Fatal(err)
		}
		c := buildCSR(g, o)
		all := make([]int32, c.n())
		for i := range all {
			all[i] = int32(i)
		}
		full := sampledBetweennessKernel(c, !o.Unweighted, pathEpsilon, all)
		for i, id := range c.ids {
			if math.Abs(full[i]-exact[id]) > 1e-12 {
				t.Fatalf("%+v: every node as pivot: entity %d: %v, exact %v", o, id, full[i], exact[id])
			}
		}

		o.Pivots = 150
		est, err := Centrality(g, Betweenness, o)
		if err != nil {
			t.Fatal(err)
		}
		bound := SampledBetweennessError(len(g.Entities), o.Pivots, 0.01)
		var maxErr float64
		for id, v := range exact {
			maxErr = max(maxErr, math.Abs(est[id]-v))
		}
		t.Logf("%+v: max error %.3g, bound %.3g", o, maxErr, bound)
		if maxErr > bound {
			t.Errorf("%+v: max error %g exceeds the bound %g", o, maxErr, bound)
		}
		if maxErr == 0 {
			t.Errorf("%+v: 150 of 600 pivots gave exact scores: not sampling", o)
		}
		again, _ := Centrality(g, Betweenness, o)
		for id, v := range est {
			if again[id] != v {
				t.Fatalf("%+v: entity %d: %v then %v", o, id, v, again[id])
			}
		}
	}
}

func TestSampledBetweennessError(t *testing.T) {
	tests := []struct {
		n, k int
		want float64
	}{
		{100, 100, 0},
		{100, 200, 0},
		{100, 0, math.Inf(1)},
		{1000, 100, 1000.0 / 999 * math.Sqrt(math.Log(2*1000/0.05)/200)},
	}
	for _, tt := range tests {
		if got := SampledBetweennessError(tt.n, tt.k, 0.05); math.Abs(got-tt.want) > 1e-12 && got != tt.want {
			t.Errorf("SampledBetweennessError(%d, %d) = %v, want %v", tt.n, tt.k, got, tt.want)
		}
	}
}

func TestComponents(t *testing.T) {
	// splitGraph: path 1-2-3, edge 4-5, isolated 6.
	comp, k := Components(splitGraph, Options{})
	want := map[graph.ID]int{1: 0, 2: 0, 3: 0, 4: 1, 5: 1, 6: 2}
	if k != 3 {
		t.Errorf("got %d components, want 3", k)
	}
	for id, w := range want {
		if comp[id] != w {
			t.Errorf("entity %d: component %d, want %d", id, comp[id], w)
		}
	}
	// Only member_of relations: 1-2 joined, 3 alone.
	g := newTestGraph(3, graph.Relation{Source: 1, Target: 2, Kind: graph.MemberOf, Weight: 1}, co(2, 3, 1))
	comp, k = Components(g, Options{Kinds: []graph.Kind{graph.MemberOf}})
	if k != 2 || comp[1] != 0 || comp[2] != 0 || comp[3] != 1 {
		t.Errorf("member_of only: %v, %d components", comp, k)
	}
	if _, k := Components(newTestGraph(0), Options{}); k != 0 {
		t.Errorf("empty graph: %d components", k)
	}
}

func TestAnalyseEdges(t *testing.T) {
	a := AnalyseEdges([]graph.ID{1, 2, 3, 4}, [][2]graph.ID{{1, 2}, {2, 3}, {3, 4}, {2, 1}, {4, 9}}, []int{1, 1, 1, 2}, Options{})
	if a.Edges() != 3 {
		t.Errorf("got %d edges, want 3 (parallel merged, unknown ID dropped)", a.Edges())
	}
	s, err := a.Scores(WeightedDegree)
	if err != nil {
		t.Fatal(err)
	}
	if want := []float64{3, 4, 2, 1}; !equalFloats(s, want) {
		t.Errorf("weighted degree %v, want %v", s, want)
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestLouvainAgainstGonum checks that the CSR Louvain reaches the
// modularity of gonum's community.Modularize (the previous implementation)
// and that its Q is gonum's community.Q of the partition it returns.
func TestLouvainAgainstGonum(t *testing.T) {
	for _, g := range []*graph.Graph{randomGraph(300, 11), barabasiAlbert(3000, 3)} {
		for _, o := range []Options{{}, {Unweighted: true}} {
			c := buildCSR(g, o)
			view := undirectedView{csrView{c: c, w: c.w}}
			ref := community.Q(view, community.Modularize(view, 1, rand.NewPCG(1, 1)).Communities(), 1)
			a := Analyse(g, o)
			member, q, err := a.Communities()
			if err != nil {
				t.Fatal(err)
			}
			k := 0
			for _, m := range member {
				k = max(k, m+1)
			}
			comms := make([][]gg.Node, k)
			for i, m := range member {
				comms[m] = append(comms[m], csrNode(i))
			}
			if want := community.Q(view, comms, 1); math.Abs(q-want) > 1e-9 {
				t.Errorf("%d entities, %+v: Q %v, community.Q of the partition %v", c.n(), o, q, want)
			}
			t.Logf("%d entities, %+v: Q %.4f, gonum %.4f", c.n(), o, q, ref)
			if q < ref-0.01 {
				t.Errorf("%d entities, %+v: Q %v below gonum's %v", c.n(), o, q, ref)
			}
		}
	}
}

// TestBetweennessLeaves checks the leaf shortcut of the exact kernel
// against gonum on a graph where many entities hang off one neighbour,
// including a two-entity component (whose ends are not leaves) and an
// isolated entity.
func TestBetweennessLeaves(t *testing.T) {
	base := randomGraph(150, 9)
	g := &graph.Graph{Entities: append([]graph.Entity(nil), base.Entities...), Relations: append([]graph.Relation(nil), base.Relations...)}
	next := graph.ID(1000)
	for p := graph.ID(1); p <= 40; p++ {
		for range int(p%3) + 1 {
			g.Entities = append(g.Entities, graph.Entity{ID: next})
			g.Relations = append(g.Relations, co(p, next, 1+int(next%4)))
			next++
		}
	}
	g.Entities = append(g.Entities, graph.Entity{ID: 2000}, graph.Entity{ID: 2001}, graph.Entity{ID: 2002})
	g.Relations = append(g.Relations, co(2000, 2001, 2))
	g.Sort()
	for _, weighted := range []bool{false, true} {
		c := buildCSR(g, Options{Unweighted: !weighted})
		n := float64(c.n())
		dist := make([]float64, len(c.w))
		for i, w := range c.w {
			dist[i] = 1 / w
		}
		view := undirectedView{csrView{c: c, w: dist}}
		var ref map[int64]float64
		if weighted {
			ref = network.BetweennessWeighted(view, path.DijkstraAllPaths(view))
		} else {
			ref = network.Betweenness(view)
		}
		got := betweennessKernel(c, weighted, 0)
		var maxDiff float64
		for i := range c.ids {
			maxDiff = max(maxDiff, math.Abs(got[i]-ref[int64(i)]/2/((n-1)*(n-2)/2)))
		}
		if maxDiff > 1e-12 {
			t.Errorf("weighted=%v: differs from gonum by up to %g", weighted, maxDiff)
		}
		// With the tolerant comparisons Centrality uses, compare with
		// every node as a source (no shortcut).
		all := make([]int32, c.n())
		for i := range all {
			all[i] = int32(i)
		}
		full := sampledBetweennessKernel(c, weighted, pathEpsilon, all)
		short := betweennessKernel(c, weighted, pathEpsilon)
		maxDiff = 0
		for i := range full {
			maxDiff = max(maxDiff, math.Abs(full[i]-short[i]))
		}
		if maxDiff > 1e-12 {
			t.Errorf("weighted=%v: shortcut differs from every-source run by %g", weighted, maxDiff)
		}

		// Closeness (weighted: the leaf shortcut) against gonum's
		// all-pairs distances.
		all2 := path.DijkstraAllPaths(view)
		cc := harmonicKernel(c, weighted)
		maxDiff = 0
		for i := range c.ids {
			var h float64
			for j := range c.ids {
				if d := all2.Weight(int64(i), int64(j)); i != j && !math.IsInf(d, 1) {
					h += 1 / d
				}
			}
			maxDiff = max(maxDiff, math.Abs(cc[i]-h/(n-1)))
		}
		if maxDiff > 1e-12 {
			t.Errorf("weighted=%v: closeness differs from gonum by up to %g", weighted, maxDiff)
		}
	}
}
