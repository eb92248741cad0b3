package analytics

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
)

// update rewrites the golden files under testdata/analytics:
// go test ./graph -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// co returns a co-mention relation between a and b of weight w.
func co(a, b graph.ID, w int) graph.Relation {
	return graph.Relation{Source: min(a, b), Target: max(a, b), Kind: graph.CoMention, Weight: w}
}

// newTestGraph returns a graph with entities 1..n (named E1…En) and the
// given relations, sorted.
func newTestGraph(n int, rels ...graph.Relation) *graph.Graph {
	g := &graph.Graph{Relations: rels}
	for i := 1; i <= n; i++ {
		g.Entities = append(g.Entities, graph.Entity{ID: graph.ID(i), Name: fmt.Sprintf("E%d", i), Type: graph.Person})
	}
	g.Sort()
	return g
}

// Hand-built graphs with known centralities.
var (
	// 1-2-3-4
	pathGraph = newTestGraph(4, co(1, 2, 1), co(2, 3, 1), co(3, 4, 1))
	// centre 1, leaves 2..5
	starGraph = newTestGraph(5, co(1, 2, 1), co(1, 3, 1), co(1, 4, 1), co(1, 5, 1))
	// triangles 1-2-3 and 4-5-6 joined by the bridge 3-4
	bridgeGraph = newTestGraph(6, co(1, 2, 1), co(1, 3, 1), co(2, 3, 1), co(4, 5, 1), co(4, 6, 1), co(5, 6, 1), co(3, 4, 1))
	// path 1-2-3, edge 4-5 and isolated 6
	splitGraph = newTestGraph(6, co(1, 2, 1), co(2, 3, 1), co(4, 5, 1))
	// triangle 1-2-3 where the two-hop route 1-2-3 is shorter weighted
	// (1/4+1/4) than the direct edge 1-3 (1/1)
	detourGraph = newTestGraph(3, co(1, 2, 4), co(2, 3, 4), co(1, 3, 1))
	// a cycle 1-2-3-4-5-1 whose weighted lengths tie exactly only in exact
	// arithmetic: 1/2+1/3+1/6 (path 1-2-3-4) against 1/2+1/2 (1-5-4)
	tieGraph = newTestGraph(5, co(1, 2, 2), co(2, 3, 3), co(3, 4, 6), co(1, 5, 2), co(4, 5, 2))
)

func TestCentrality(t *testing.T) {
	// PageRank of a star with k leaves: centre c, leaf l, teleport
	// t=(1-d)/n, from c = t + d·k·l and l = t + d·c/k.
	const d = PageRankDamping
	k, n := 4.0, 5.0
	starC := ((1-d)/n + d*k*(1-d)/n) / (1 - d*d)
	starL := (1-d)/n + d*starC/k
	s36, s72 := math.Sin(math.Pi/5), math.Sin(2*math.Pi/5)
	pathNorm := math.Sqrt(2*s36*s36 + 2*s72*s72)

	tests := []struct {
		name string
		g    *graph.Graph
		m    Measure
		o    Options
		want []float64 // by entity ID 1..n
	}{
		{"path/degree", pathGraph, Degree, Options{}, []float64{1, 2, 2, 1}},
		{"path/betweenness", pathGraph, Betweenness, Options{}, []float64{0, 2.0 / 3, 2.0 / 3, 0}},
		{"path/closeness", pathGraph, Closeness, Options{}, []float64{11.0 / 18, 5.0 / 6, 5.0 / 6, 11.0 / 18}},
		{"path/eigenvector", pathGraph, Eigenvector, Options{}, []float64{s36 / pathNorm, s72 / pathNorm, s72 / pathNorm, s36 / pathNorm}},
		{"star/degree", starGraph, Degree, Options{}, []float64{4, 1, 1, 1, 1}},
		{"star/pagerank", starGraph, PageRank, Options{}, []float64{starC, starL, starL, starL, starL}},
		{"star/betweenness", starGraph, Betweenness, Options{}, []float64{1, 0, 0, 0, 0}},
		{"star/closeness", starGraph, Closeness, Options{}, []float64{1, 0.625, 0.625, 0.625, 0.625}},
		{"star/eigenvector", starGraph, Eigenvector, Options{}, []float64{1 / math.Sqrt2, 1 / math.Sqrt(8), 1 / math.Sqrt(8), 1 / math.Sqrt(8), 1 / math.Sqrt(8)}},
		{"bridge/betweenness", bridgeGraph, Betweenness, Options{}, []float64{0, 0, 0.6, 0.6, 0, 0}},
		{"bridge/closeness", bridgeGraph, Closeness, Options{}, []float64{
			(1 + 1 + 0.5 + 1.0/3 + 1.0/3) / 5, (1 + 1 + 0.5 + 1.0/3 + 1.0/3) / 5, (1 + 1 + 1 + 0.5 + 0.5) / 5,
			(1 + 1 + 1 + 0.5 + 0.5) / 5, (1 + 1 + 0.5 + 1.0/3 + 1.0/3) / 5, (1 + 1 + 0.5 + 1.0/3 + 1.0/3) / 5}},
		{"split/degree", splitGraph, Degree, Options{}, []float64{1, 2, 1, 1, 1, 0}},
		{"split/weighted_degree", splitGraph, WeightedDegree, Options{}, []float64{1, 2, 1, 1, 1, 0}},
		{"split/betweenness", splitGraph, Betweenness, Options{}, []float64{0, 0.1, 0, 0, 0, 0}},
		{"split/closeness", splitGraph, Closeness, Options{}, []float64{0.3, 0.4, 0.3, 0.2, 0.2, 0}},
		// The path 1-2-3 (λ=√2) dominates the edge (λ=1) and the isolated
		// node (λ=0), whose scores decay to 0.
		{"split/eigenvector", splitGraph, Eigenvector, Options{}, []float64{0.5, 1 / math.Sqrt2, 0.5, 0, 0, 0}},
		// Identical components share the leading eigenvalue and the mass.
		{"twins/eigenvector", newTestGraph(6, co(1, 2, 1), co(1, 3, 1), co(2, 3, 1), co(4, 5, 1), co(4, 6, 1), co(5, 6, 1)), Eigenvector, Options{},
			[]float64{1 / math.Sqrt(6), 1 / math.Sqrt(6), 1 / math.Sqrt(6), 1 / math.Sqrt(6), 1 / math.Sqrt(6), 1 / math.Sqrt(6)}},
		{"detour/weighted_degree", detourGraph, WeightedDegree, Options{}, []float64{5, 8, 5}},
		{"detour/weighted_degree/unweighted", detourGraph, WeightedDegree, Options{Unweighted: true}, []float64{2, 2, 2}},
		{"detour/betweenness", detourGraph, Betweenness, Options{}, []float64{0, 1, 0}},
		{"detour/betweenness/unweighted", detourGraph, Betweenness, Options{Unweighted: true}, []float64{0, 0, 0}},
		{"detour/closeness", detourGraph, Closeness, Options{}, []float64{(4 + 2) / 2.0, (4 + 4) / 2.0, (4 + 2) / 2.0}},
		{"detour/closeness/unweighted", detourGraph, Closeness, Options{Unweighted: true}, []float64{1, 1, 1}},
		// Near-tied weighted paths count as ties, so the pair (1,4) splits
		// between 1-2-3-4 and 1-5-4 and (2,5) between 2-1-5 and 2-3-4-5.
		{"tie/betweenness", tieGraph, Betweenness, Options{}, []float64{1.0 / 12, 1.0 / 4, 1.0 / 3, 1.0 / 4, 1.0 / 12}},
		{"empty/pagerank", newTestGraph(0), PageRank, Options{}, nil},
		{"one/closeness", newTestGraph(1), Closeness, Options{}, []float64{0}},
		{"one/pagerank", newTestGraph(1), PageRank, Options{}, []float64{1}},
		{"edgeless/eigenvector", newTestGraph(4), Eigenvector, Options{}, []float64{0.5, 0.5, 0.5, 0.5}},
		{"edgeless/pagerank", newTestGraph(4), PageRank, Options{}, []float64{0.25, 0.25, 0.25, 0.25}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Centrality(tt.g, tt.m, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.g.Entities) {
				t.Fatalf("got %d scores for %d entities", len(got), len(tt.g.Entities))
			}
			// The eigenvector iteration stops when Σ|Δx| < n·1e-10, which
			// leaves errors of order 1e-9 where convergence is slow.
			tol := 1e-9
			if tt.m == Eigenvector {
				tol = 1e-8
			}
			for i, w := range tt.want {
				if g := got[graph.ID(i+1)]; math.Abs(g-w) > tol {
					t.Errorf("entity %d: got %.12g, want %.12g", i+1, g, w)
				}
			}
		})
	}
}

func TestCentralityPageRankSumsToOne(t *testing.T) {
	for _, g := range []*graph.Graph{pathGraph, starGraph, bridgeGraph, splitGraph, detourGraph, randomGraph(200, 7)} {
		for _, o := range []Options{{}, {Unweighted: true}} {
			pr, err := Centrality(g, PageRank, o)
			if err != nil {
				t.Fatal(err)
			}
			var sum float64
			for _, v := range pr {
				sum += v
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("%d entities, %+v: sum %v", len(g.Entities), o, sum)
			}
		}
	}
}

func TestCentralityKinds(t *testing.T) {
	g := newTestGraph(3,
		graph.Relation{Source: 1, Target: 2, Kind: graph.MemberOf, Weight: 2},
		co(1, 2, 3), co(2, 3, 5),
		graph.Relation{Source: 3, Target: 3, Kind: graph.CoMention, Weight: 9},  // self-loop: ignored
		graph.Relation{Source: 3, Target: 99, Kind: graph.CoMention, Weight: 9}, // unknown entity: ignored
	)
	tests := []struct {
		kinds []graph.Kind
		want  []float64
	}{
		{nil, []float64{5, 10, 5}},
		{[]graph.Kind{}, []float64{5, 10, 5}},
		{[]graph.Kind{graph.CoMention}, []float64{3, 8, 5}},
		{[]graph.Kind{graph.MemberOf}, []float64{2, 2, 0}},
		{[]graph.Kind{graph.CapitalOf}, []float64{0, 0, 0}},
	}
	for _, tt := range tests {
		got, err := Centrality(g, WeightedDegree, Options{Kinds: tt.kinds})
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range tt.want {
			if got[graph.ID(i+1)] != w {
				t.Errorf("kinds %v: entity %d: got %v, want %v", tt.kinds, i+1, got[graph.ID(i+1)], w)
			}
		}
	}
}

func TestCentralityErrors(t *testing.T) {
	if _, err := Centrality(pathGraph, "fame", Options{}); !errors.Is(err, ErrUnknownMeasure) {
		t.Errorf("unknown measure: got %v", err)
	}
	if _, err := ParseMeasure("fame"); !errors.Is(err, ErrUnknownMeasure) {
		t.Errorf("ParseMeasure: got %v", err)
	}
	for _, m := range Measures {
		if got, err := ParseMeasure(string(m)); err != nil || got != m {
			t.Errorf("ParseMeasure(%q) = %q, %v", m, got, err)
		}
		if m.Definition() == "" {
			t.Errorf("%s has no definition", m)
		}
	}
	bad := newTestGraph(2, co(1, 2, 0))
	if _, err := Centrality(bad, PageRank, Options{}); !errors.Is(err, ErrWeight) {
		t.Errorf("zero weight: got %v", err)
	}
	if _, err := Centrality(bad, PageRank, Options{Unweighted: true}); err != nil {
		t.Errorf("zero weight, unweighted: got %v", err)
	}
	if _, _, err := Communities(bad, Options{}); !errors.Is(err, ErrWeight) {
		t.Errorf("Communities, zero weight: got %v", err)
	}
}

// TestCentralityAgainstGonum checks the betweenness and closeness kernels
// against gonum's all-pairs implementations (halving gonum's undirected
// betweenness, which counts each pair twice, and turning its path weights
// into harmonic closeness). Weighted betweenness is compared with exact
// length comparisons, as gonum makes them; TestCentralityReference checks
// the tolerant ones against igraph.
func TestCentralityAgainstGonum(t *testing.T) {
	g := randomGraph(120, 3)
	for _, weighted := range []bool{false, true} {
		o := Options{Unweighted: !weighted}
		c := buildCSR(g, o)
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
		// gonum compares path lengths exactly, hence eps 0.
		bc := betweennessKernel(c, weighted, 0)
		var maxDiff float64
		for i := range c.ids {
			want := ref[int64(i)] / 2 / ((n - 1) * (n - 2) / 2)
			maxDiff = max(maxDiff, math.Abs(bc[i]-want))
		}
		if maxDiff > 1e-12 {
			t.Errorf("weighted=%v: betweenness differs from gonum by up to %g", weighted, maxDiff)
		}

		all := path.DijkstraAllPaths(view)
		cc, err := Centrality(g, Closeness, o)
		if err != nil {
			t.Fatal(err)
		}
		maxDiff = 0
		for i, id := range c.ids {
			var h float64
			for j := range c.ids {
				if d := all.Weight(int64(i), int64(j)); i != j && !math.IsInf(d, 1) {
					h += 1 / d
				}
			}
			maxDiff = max(maxDiff, math.Abs(cc[id]-h/(n-1)))
		}
		if maxDiff > 1e-12 {
			t.Errorf("weighted=%v: closeness differs from gonum by up to %g", weighted, maxDiff)
		}
	}
}

// TestCentralityDeterministic checks that repeated runs agree; the
// parallel kernels must not depend on scheduling.
func TestCentralityDeterministic(t *testing.T) {
	g := randomGraph(300, 5)
	for _, m := range []Measure{Betweenness, Closeness, Eigenvector} {
		first, err := Centrality(g, m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			again, _ := Centrality(g, m, Options{})
			for id, v := range first {
				if again[id] != v {
					t.Fatalf("%s: entity %d: %v then %v", m, id, v, again[id])
				}
			}
		}
	}
}

func TestCommunities(t *testing.T) {
	// Two 6-cliques, 1..6 and 7..12, joined by the edge 6-7.
	var rels []graph.Relation
	for _, base := range []graph.ID{0, 6} {
		for a := base + 1; a <= base+6; a++ {
			for b := a + 1; b <= base+6; b++ {
				rels = append(rels, co(a, b, 2))
			}
		}
	}
	rels = append(rels, co(6, 7, 1))
	cliques := newTestGraph(13, rels...) // 13 is isolated

	tests := []struct {
		name  string
		g     *graph.Graph
		o     Options
		want  []int // community by entity ID 1..n
		wantQ float64
	}{
		// Q = Σ_c L_c/m − (d_c/2m)², with L_c = 3, d_c = 7, m = 7.
		{"bridge", bridgeGraph, Options{}, []int{0, 0, 0, 1, 1, 1}, 2 * (3.0/7 - 0.25)},
		// m = 61, L_c = 30, d_c = 61.
		{"cliques", cliques, Options{}, []int{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2}, 2 * (30.0/61 - 0.25)},
		{"cliques/unweighted", cliques, Options{Unweighted: true}, []int{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2}, 2 * (15.0/31 - 0.25)},
		{"edgeless", newTestGraph(3), Options{}, []int{0, 1, 2}, 0},
		{"empty", newTestGraph(0), Options{}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, q, err := Communities(tt.g, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.g.Entities) {
				t.Fatalf("got %d memberships for %d entities", len(got), len(tt.g.Entities))
			}
			for i, w := range tt.want {
				if got[graph.ID(i+1)] != w {
					t.Errorf("entity %d: community %d, want %d", i+1, got[graph.ID(i+1)], w)
				}
			}
			if math.Abs(q-tt.wantQ) > 1e-12 {
				t.Errorf("Q = %v, want %v", q, tt.wantQ)
			}
		})
	}
}

func TestCommunitiesStableAndQ(t *testing.T) {
	g := randomGraph(300, 11)
	first, q, err := Communities(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, q2, _ := Communities(g, Options{})
		if q2 != q {
			t.Fatalf("Q %v then %v", q, q2)
		}
		for id, c := range first {
			if again[id] != c {
				t.Fatalf("entity %d: community %d then %d", id, c, again[id])
			}
		}
	}

	// Numbering: sizes non-increasing, ties by smallest member ID.
	members := map[int][]graph.ID{}
	for id, c := range first {
		members[c] = append(members[c], id)
	}
	for c := 1; c < len(members); c++ {
		a, b := members[c-1], members[c]
		if len(a) < len(b) || len(a) == len(b) && slices.Min(a) > slices.Min(b) {
			t.Errorf("community %d (%d members, min %d) before %d (%d, min %d)", c-1, len(a), slices.Min(a), c, len(b), slices.Min(b))
		}
	}

	// Q agrees with gonum's community.Q for the returned partition.
	c := buildCSR(g, Options{})
	comms := make([][]gg.Node, len(members))
	for i, id := range c.ids {
		comms[first[id]] = append(comms[first[id]], csrNode(i))
	}
	want := community.Q(undirectedView{csrView{c: c, w: c.w}}, comms, 1)
	if math.Abs(q-want) > 1e-12 {
		t.Errorf("Q = %v, community.Q = %v", q, want)
	}
	if q < 0.2 {
		t.Errorf("Q = %v: implausibly low for a graph with planted groups", q)
	}
}

// randomGraph returns a seeded random graph on n entities: a preferential
// attachment core with planted groups, integer weights 1..5 split over
// co-mention and member_of relations (so parallel relations merge), plus a
// separate triangle and two isolated entities at the end.
func randomGraph(n int, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, seed))
	core := n - 5
	var rels []graph.Relation
	seen := map[[2]graph.ID]bool{}
	add := func(a, b graph.ID) {
		if a == b || seen[[2]graph.ID{min(a, b), max(a, b)}] {
			return
		}
		seen[[2]graph.ID{min(a, b), max(a, b)}] = true
		w := 1 + rng.IntN(5)
		if w > 2 && rng.IntN(3) == 0 {
			rels = append(rels, graph.Relation{Source: a, Target: b, Kind: graph.MemberOf, Weight: 1})
			w--
		}
		rels = append(rels, co(a, b, w))
	}
	var ends []graph.ID // endpoints, for preferential attachment
	for v := 2; v <= core; v++ {
		for range 2 {
			u := graph.ID(1)
			if len(ends) > 0 {
				u = ends[rng.IntN(len(ends))]
			}
			add(graph.ID(v), u)
			ends = append(ends, graph.ID(v), u)
		}
		// planted groups of 10 consecutive IDs
		if g0 := (v - 1) / 10 * 10; v-g0 > 1 {
			add(graph.ID(v), graph.ID(g0+1+rng.IntN(v-g0-1)))
		}
	}
	t := graph.ID(core + 1)
	add(t, t+1)
	add(t+1, t+2)
	add(t, t+2)
	return newTestGraph(n, rels...)
}

// newsGraph is a small hand-made news graph for the golden file.
func newsGraph() *graph.Graph {
	names := []struct {
		name string
		typ  graph.Type
	}{
		{"Narendra Modi", graph.Person}, {"BJP", graph.Party}, {"India", graph.Country}, {"New Delhi", graph.Place},
		{"Rahul Gandhi", graph.Person}, {"Congress", graph.Party}, {"Amit Shah", graph.Person}, {"Lok Sabha election", graph.Event},
		{"Election Commission", graph.Organization}, {"Pakistan", graph.Country}, {"Islamabad", graph.Place},
		{"Shehbaz Sharif", graph.Person}, {"PML-N", graph.Party}, {"United Nations", graph.Organization},
	}
	g := &graph.Graph{}
	for i, n := range names {
		g.Entities = append(g.Entities, graph.Entity{ID: graph.ID(i + 1), Name: n.name, Type: n.typ})
	}
	rel := func(a, b graph.ID, k graph.Kind, w int) graph.Relation {
		return graph.Relation{Source: a, Target: b, Kind: k, Weight: w}
	}
	g.Relations = []graph.Relation{
		rel(1, 2, graph.MemberOf, 3), rel(5, 6, graph.MemberOf, 2), rel(7, 2, graph.MemberOf, 2), rel(12, 13, graph.MemberOf, 1),
		rel(4, 3, graph.CapitalOf, 1), rel(11, 10, graph.CapitalOf, 1),
		co(1, 2, 5), co(1, 3, 4), co(1, 5, 3), co(1, 7, 2), co(2, 6, 2), co(2, 8, 3), co(3, 10, 2),
		co(5, 6, 4), co(6, 8, 2), co(8, 9, 3), co(3, 4, 1), co(10, 11, 1), co(10, 12, 2), co(12, 13, 2),
		co(1, 12, 1), co(3, 9, 1),
	}
	g.Sort()
	return g
}

// TestAnalyticsGolden renders every analysis of newsGraph as text and
// compares it with testdata/analytics/news.golden.
func TestAnalyticsGolden(t *testing.T) {
	g := newsGraph()
	var b bytes.Buffer
	for _, o := range []Options{{}, {Unweighted: true}, {Kinds: []graph.Kind{graph.CoMention}}} {
		fmt.Fprintf(&b, "# centrality unweighted=%v kinds=%v\n", o.Unweighted, o.Kinds)
		fmt.Fprintf(&b, "%-20s", "entity")
		scores := make([]map[graph.ID]float64, len(Measures))
		for i, m := range Measures {
			fmt.Fprintf(&b, " %15s", m)
			s, err := Centrality(g, m, o)
			if err != nil {
				t.Fatal(err)
			}
			scores[i] = s
		}
		b.WriteString("\n")
		for _, e := range g.Entities {
			fmt.Fprintf(&b, "%-20s", e.Name)
			for i := range Measures {
				fmt.Fprintf(&b, " %15.6f", scores[i][e.ID])
			}
			b.WriteString("\n")
		}
		comm, q, err := Communities(g, o)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "# communities Q=%.6f\n", q)
		byComm := map[int][]string{}
		for _, e := range g.Entities {
			byComm[comm[e.ID]] = append(byComm[comm[e.ID]], e.Name)
		}
		for c := range len(byComm) {
			fmt.Fprintf(&b, "%d: %s\n", c, strings.Join(byComm[c], ", "))
		}
		name := func(id graph.ID) string { return g.Entity(id).Name }
		fmt.Fprintf(&b, "# neighbours of %s, depth 2\n", name(1))
		for _, n := range Neighbours(g, 1, 2, o) {
			fmt.Fprintf(&b, "%d %-20s %-10s %d\n", n.Depth, name(n.ID), n.Kind, n.Weight)
		}
		for _, p := range [][2]graph.ID{{4, 13}, {9, 11}, {5, 14}} {
			var names []string
			for _, id := range ShortestPath(g, p[0], p[1], o) {
				names = append(names, name(id))
			}
			fmt.Fprintf(&b, "# path %s -> %s: %s\n", name(p[0]), name(p[1]), strings.Join(names, " > "))
		}
		ego := Ego(g, 12, 1, o)
		fmt.Fprintf(&b, "# ego of %s, depth 1: %d entities, %d relations\n", name(12), len(ego.Entities), len(ego.Relations))
		for _, r := range ego.Relations {
			fmt.Fprintf(&b, "%s -%s/%d- %s\n", name(r.Source), r.Kind, r.Weight, name(r.Target))
		}
		b.WriteString("\n")
	}
	checkGolden(t, "news.golden", b.Bytes())
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", "analytics", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; got:\n%s", file, got)
	}
}
