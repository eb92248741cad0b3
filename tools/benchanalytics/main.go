// Command benchanalytics times newsgraph's graph kernels on an edge list,
// for scripts/bench-analytics, which runs igraph on the same list and
// prints the ratios.
//
// Usage:
//
//	benchanalytics gen-ba N M FILE          write a seeded Barabási–Albert edge list
//	benchanalytics from-store DIR FILE      write the edge list of a newsgraph store
//	benchanalytics run FILE OUT.json [REPEATS [MEASURE,...]]
//
// An edge list has one line per node "n ID" and one per edge "e U V W"
// (W the weight, a positive integer). run writes {"nodes", "edges",
// "maxrss_kb", "measures": {name: {"seconds": [...], "scores": {id: x}}}}
// with unweighted measures (the plain-graph measures igraph computes),
// each timed REPEATS times (default 3) on one prepared analysis; MEASURE
// limits the run to the named measures (components and Louvain are always
// timed).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/store"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "benchanalytics:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: benchanalytics gen-ba N M FILE | from-store DIR FILE | run FILE OUT.json [REPEATS]")
	}
	switch {
	case args[0] == "gen-ba" && len(args) == 4:
		n, err1 := strconv.Atoi(args[1])
		m, err2 := strconv.Atoi(args[2])
		if err1 != nil || err2 != nil || n <= m || m < 1 {
			return fmt.Errorf("gen-ba: want N > M ≥ 1, got %q %q", args[1], args[2])
		}
		return writeBA(args[3], n, m)
	case args[0] == "from-store" && len(args) == 3:
		return fromStore(args[1], args[2])
	case args[0] == "run" && len(args) >= 3 && len(args) <= 5:
		repeats := 3
		if len(args) >= 4 {
			r, err := strconv.Atoi(args[3])
			if err != nil || r < 1 {
				return fmt.Errorf("run: bad REPEATS %q", args[3])
			}
			repeats = r
		}
		measures := []analytics.Measure{analytics.Degree, analytics.PageRank, analytics.Closeness, analytics.Betweenness, analytics.Eigenvector, analytics.HITS}
		if len(args) == 5 {
			measures = nil
			for _, name := range strings.Split(args[4], ",") {
				m, err := analytics.ParseMeasure(name)
				if err != nil {
					return err
				}
				measures = append(measures, m)
			}
		}
		return bench(args[1], args[2], repeats, measures)
	}
	return fmt.Errorf("bad arguments %q (see the package documentation)", args)
}

// writeBA writes a Barabási–Albert graph: each new node links to m distinct
// earlier nodes chosen with probability proportional to degree (seeded, so
// every run writes the same graph), weights 1..5.
func writeBA(file string, n, m int) error {
	rng := rand.New(rand.NewPCG(1, 1))
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for v := range n {
		fmt.Fprintf(w, "n %d\n", v+1)
	}
	ends := make([]int, 0, 2*n*m)
	for v := m + 1; v <= n; v++ {
		chosen := make(map[int]bool, m)
		for len(chosen) < m {
			var u int
			if len(ends) == 0 {
				u = 1 + rng.IntN(v-1)
			} else {
				u = ends[rng.IntN(len(ends))]
			}
			chosen[u] = true
		}
		for u := 1; u < v; u++ {
			if chosen[u] {
				fmt.Fprintf(w, "e %d %d %d\n", u, v, 1+rng.IntN(5))
				ends = append(ends, u, v)
			}
		}
		if v == m+1 {
			continue
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// fromStore writes the analysed graph of a store (every relation kind,
// parallel relations summed) as an edge list.
func fromStore(dir, file string) error {
	s, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	g, err := s.Load(store.LoadOptions{})
	s.Close()
	if err != nil {
		return err
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, e := range g.Entities {
		fmt.Fprintf(w, "n %d\n", e.ID)
	}
	for _, r := range g.Relations {
		if r.Source != r.Target {
			fmt.Fprintf(w, "e %d %d %d\n", r.Source, r.Target, r.Weight)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readEdges(file string) ([]graph.ID, [][2]graph.ID, []int, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	var ids []graph.ID
	var edges [][2]graph.ID
	var weights []int
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Fields(sc.Text())
		bad := func() error { return fmt.Errorf("%s:%d: want \"n ID\" or \"e U V W\", got %q", file, line, sc.Text()) }
		switch {
		case len(fs) == 2 && fs[0] == "n":
			id, err := strconv.ParseUint(fs[1], 10, 64)
			if err != nil {
				return nil, nil, nil, bad()
			}
			ids = append(ids, graph.ID(id))
		case len(fs) == 4 && fs[0] == "e":
			u, err1 := strconv.ParseUint(fs[1], 10, 64)
			v, err2 := strconv.ParseUint(fs[2], 10, 64)
			w, err3 := strconv.Atoi(fs[3])
			if err1 != nil || err2 != nil || err3 != nil {
				return nil, nil, nil, bad()
			}
			edges = append(edges, [2]graph.ID{graph.ID(u), graph.ID(v)})
			weights = append(weights, w)
		default:
			return nil, nil, nil, bad()
		}
	}
	return ids, edges, weights, sc.Err()
}

type result struct {
	Seconds []float64          `json:"seconds"`
	Scores  map[string]float64 `json:"scores,omitempty"`
	Extra   map[string]float64 `json:"extra,omitempty"`
}

func bench(file, out string, repeats int, measures []analytics.Measure) error {
	ids, edges, weights, err := readEdges(file)
	if err != nil {
		return err
	}
	a := analytics.AnalyseEdges(ids, edges, weights, analytics.Options{Unweighted: true})
	edges, weights = nil, nil
	res := map[string]*result{}
	keyed := func(s []float64) map[string]float64 {
		m := make(map[string]float64, len(s))
		for i, id := range a.IDs() {
			m[strconv.FormatUint(uint64(id), 10)] = s[i]
		}
		return m
	}
	for _, m := range measures {
		r := &result{}
		for range repeats {
			start := time.Now()
			s, err := a.Scores(m)
			r.Seconds = append(r.Seconds, time.Since(start).Seconds())
			if err != nil {
				return fmt.Errorf("%s: %w", m, err)
			}
			r.Scores = keyed(s)
		}
		res[string(m)] = r
		fmt.Fprintf(os.Stderr, "  newsgraph %-12s %v\n", m, r.Seconds)
	}
	r := &result{}
	for range repeats {
		start := time.Now()
		_, k := a.Components()
		r.Seconds = append(r.Seconds, time.Since(start).Seconds())
		r.Extra = map[string]float64{"count": float64(k)}
	}
	res["components"] = r
	r = &result{}
	for range repeats {
		start := time.Now()
		_, q, err := a.Communities()
		r.Seconds = append(r.Seconds, time.Since(start).Seconds())
		if err != nil {
			return fmt.Errorf("communities: %w", err)
		}
		r.Extra = map[string]float64{"modularity": q}
	}
	res["louvain"] = r
	fmt.Fprintf(os.Stderr, "  newsgraph %-12s %v\n", "louvain", r.Seconds)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	doc := map[string]any{"nodes": len(a.IDs()), "edges": a.Edges(), "maxrss_kb": ru.Maxrss, "measures": res}
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
