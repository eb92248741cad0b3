package analytics

import (
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// barabasiAlbert returns a seeded Barabási–Albert graph of n entities, each
// new entity linking to m distinct existing ones chosen with probability
// proportional to their degree, with co-mention weights 1..5.
func barabasiAlbert(n, m int) *graph.Graph {
	rng := rand.New(rand.NewPCG(1, 1))
	var rels []graph.Relation
	var ends []graph.ID // every edge endpoint, so a uniform pick is degree-biased
	for v := graph.ID(m + 1); v <= graph.ID(n); v++ {
		chosen := map[graph.ID]bool{}
		for len(chosen) < m {
			var u graph.ID
			if len(ends) == 0 || rng.IntN(n) < m {
				u = graph.ID(1 + rng.IntN(int(v)-1)) // seed the first nodes uniformly
			} else {
				u = ends[rng.IntN(len(ends))]
			}
			chosen[u] = true
		}
		for u := graph.ID(1); u < v; u++ {
			if chosen[u] {
				rels = append(rels, co(u, v, 1+rng.IntN(5)))
				ends = append(ends, u, v)
			}
		}
	}
	return newTestGraph(n, rels...)
}

func benchmarkCentrality(b *testing.B, n int) {
	g := barabasiAlbert(n, 3)
	for _, m := range Measures {
		b.Run(string(m), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Centrality(g, m, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCentrality runs every measure, weighted, on a 1,000-entity
// Barabási–Albert graph (about 3,000 edges).
func BenchmarkCentrality(b *testing.B) { benchmarkCentrality(b, 1000) }

// BenchmarkCentrality10k is the same at 10,000 entities (about 30,000
// edges), where gonum's all-pairs paths and dense PageRank break down.
func BenchmarkCentrality10k(b *testing.B) { benchmarkCentrality(b, 10000) }

func BenchmarkCentralityUnweighted(b *testing.B) {
	g := barabasiAlbert(1000, 3)
	for _, m := range []Measure{Betweenness, Closeness} {
		b.Run(string(m), func(b *testing.B) {
			for b.Loop() {
				if _, err := Centrality(g, m, Options{Unweighted: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCommunities(b *testing.B) {
	g := barabasiAlbert(1000, 3)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Communities(g, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkShortestPath(b *testing.B) {
	g := barabasiAlbert(1000, 3)
	for b.Loop() {
		ShortestPath(g, 1000, 999, Options{})
	}
}

func BenchmarkNeighbours(b *testing.B) {
	g := barabasiAlbert(1000, 3)
	for b.Loop() {
		Neighbours(g, 1, 2, Options{})
	}
}
