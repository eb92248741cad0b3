package dgraph

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// shard is the graph one machine might build from its part of a corpus:
// the shared entities under its own local IDs, plus entities only it saw.
func shard(n int) *graph.Graph {
	g := sample()
	// Local IDs differ between stores; keys do not.
	for i := range g.Entities {
		g.Entities[i].ID += graph.ID(100 * n)
	}
	g.Articles[0].ID = fmt.Sprintf("a%d", n)
	for i := range g.Relations {
		r := &g.Relations[i]
		r.Source += graph.ID(100 * n)
		r.Target += graph.ID(100 * n)
		// The same relations, found in each shard's own article.
		for j := range r.Evidence {
			r.Evidence[j].Article = g.Articles[0].ID
		}
	}
	for i := range g.Articles[0].Entities {
		g.Articles[0].Entities[i] += graph.ID(100 * n)
	}
	own := graph.ID(100*n + 50)
	g.Entities = append(g.Entities, graph.Entity{ID: own, Name: fmt.Sprintf("Shard Person %d", n), Type: graph.Person, Mentions: 1, Articles: 1})
	g.Relations = append(g.Relations, graph.Relation{Source: graph.ID(100*n + 1), Target: own, Kind: graph.CoMention, Weight: 1, Confidence: 1,
		Evidence: []graph.Evidence{{Article: g.Articles[0].ID, Sentence: "Ada met a shard person.", Start: 0, End: 23}}})
	return g
}

// TestConcurrentPushesConverge pushes K shards that share entities at the
// same time, one record per request so that their transactions race on the
// shared keys, and checks that each key ends as exactly one node.
func TestConcurrentPushesConverge(t *testing.T) {
	dg := cluster(t)
	ctx := context.Background()
	const k = 4
	var wg sync.WaitGroup
	errs := make([]error, k)
	retries := 0
	var mu sync.Mutex
	for i := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := Push(ctx, dg, shard(i), &MemState{}, Options{Batch: 1, Workers: 3})
			errs[i] = err
			if res != nil {
				mu.Lock()
				retries += res.Retries
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("shard %d: %v", i, err)
		}
	}
	t.Logf("%d retries after aborted transactions", retries)
	// The union: 4 shared entities + one per shard; 4 shared relations +
	// one per shard; one article per shard.
	got, err := Count(ctx, dg)
	if err != nil {
		t.Fatal(err)
	}
	// Evidence: every shard's 6 links and sentences, plus its own one.
	if got.Entities != 4+k || got.Relations != 4+k || got.Articles != k || got.Evidence != 7*k || got.Sentences != 6*k {
		t.Errorf("cluster after %d concurrent pushes: %+v, want %d entities, %d relations, %d articles, %d evidence links, %d sentences",
			k, got, 4+k, 4+k, k, 7*k, 6*k)
	}
	// parseLookup fails when a key is on two nodes.
	u := newUpsert()
	for i := range k {
		g := shard(i)
		for j := range g.Entities {
			u.bind(EntityKey(&g.Entities[j]))
		}
	}
	q, vars := u.lookup()
	resp, err := dg.NewReadOnlyTxn().QueryWithVars(ctx, q, vars)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseLookup(resp.Json, u.index); err != nil {
		t.Error(err)
	}
	distinct := func(ns []Neighbour) int {
		keys := map[string]bool{}
		for _, n := range ns {
			keys[n.Key] = true
		}
		return len(keys)
	}
	if n := distinct(LocalNeighbours(shard(0), "n:person:ada lovelace")); n != 3 {
		t.Errorf("Ada's local neighbours in one shard: %d, want 3", n)
	}
	adj, err := Neighbours(ctx, dg, "n:person:ada lovelace")
	if err != nil {
		t.Fatal(err)
	}
	// The two shared neighbours plus each shard's own person.
	if n := distinct(adj); n != 2+k {
		t.Errorf("Ada's neighbours in the cluster: %d (%v), want %d", n, adj, 2+k)
	}
}
