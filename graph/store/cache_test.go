package store

import (
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
)

// countCache returns the number of analytics cache entries in the store.
func countCache(t *testing.T, s *Store) int {
	t.Helper()
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(pCache)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCachedCentrality(t *testing.T) {
	s, dir := openTemp(t)
	a, b, p, q, _ := addSample(t, s)
	v0, err := s.Version()
	if err != nil {
		t.Fatal(err)
	}

	rc := s.Results(LoadOptions{})
	first, g, err := analytics.CachedCentrality(rc, analytics.Degree, analytics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g == nil || len(rc.Unsaved()) != 0 {
		t.Fatalf("first call: graph loaded %v, %d unsaved; want a miss with the loaded graph", g != nil, len(rc.Unsaved()))
	}
	want := map[graph.ID]float64{a: 1, b: 1, p: 1, q: 1}
	for id, w := range want {
		if first[id] != w {
			t.Errorf("entity %d: degree %v, want %v", id, first[id], w)
		}
	}
	if v, _ := s.Version(); v != v0 {
		t.Errorf("caching changed the graph version from %d to %d", v0, v)
	}

	again, g, err := analytics.CachedCentrality(rc, analytics.Degree, analytics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g != nil {
		t.Fatal("second call loaded the graph; want a hit without loading")
	}
	if len(again) != len(first) {
		t.Fatalf("cached %d scores, computed %d", len(again), len(first))
	}
	for id, v := range first {
		if again[id] != v {
			t.Errorf("entity %d: cached %v, computed %v", id, again[id], v)
		}
	}
	// Other options are other entries.
	if _, g, _ := analytics.CachedCentrality(rc, analytics.Degree, analytics.Options{Kinds: []graph.Kind{graph.MemberOf}}); g == nil {
		t.Error("kinds filter answered from the unfiltered entry")
	}
	if _, g, _ := analytics.CachedCentrality(rc, analytics.PageRank, analytics.Options{}); g == nil {
		t.Error("pagerank answered from the degree entry")
	}

	// A write (as ingest makes) invalidates every entry.
	err = s.Update(func(tx *Txn) error {
		return tx.AddRelation(a, graph.CoMention, q, art1, []graph.Span{{Start: 0, End: 3}})
	})
	if err != nil {
		t.Fatal(err)
	}
	after, g, err := analytics.CachedCentrality(rc, analytics.Degree, analytics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g == nil {
		t.Fatal("after a write: answered from the cache")
	}
	if after[a] != 2 || after[q] != 2 {
		t.Errorf("after a write: degrees %v, want a and q at 2", after)
	}
	if n := countCache(t, s); n != 1 {
		t.Errorf("%d cache entries after recomputing, want 1 (stale ones deleted)", n)
	}

	comm, qv, g, err := analytics.CachedCommunities(rc, analytics.Options{})
	if err != nil || g == nil {
		t.Fatalf("communities: loaded %v err=%v", g != nil, err)
	}
	comm2, qv2, g, err := analytics.CachedCommunities(rc, analytics.Options{})
	if err != nil || g != nil || qv2 != qv || len(comm2) != len(comm) {
		t.Fatalf("communities again: loaded=%v err=%v Q %v/%v", g != nil, err, qv, qv2)
	}
	for id, c := range comm {
		if comm2[id] != c {
			t.Errorf("entity %d: cached community %d, computed %d", id, comm2[id], c)
		}
	}

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkReadOnlyCache(t, dir)
}

// checkReadOnlyCache checks, on the closed store in dir whose cache holds
// degree centrality, that a read-only open answers from the cache and
// computes what is missing without writing, and that SaveCache on a
// writable open stores it.
func checkReadOnlyCache(t *testing.T, dir string) {
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	rrc := ro.Results(LoadOptions{})
	if _, g, err := analytics.CachedCentrality(rrc, analytics.Degree, analytics.Options{}); err != nil || g != nil {
		t.Errorf("read-only: loaded=%v err=%v, want a hit", g != nil, err)
	}
	closeness, g, err := analytics.CachedCentrality(rrc, analytics.Closeness, analytics.Options{})
	if err != nil || g == nil || len(rrc.Unsaved()) != 1 {
		t.Fatalf("read-only miss: loaded=%v unsaved=%d err=%v", g != nil, len(rrc.Unsaved()), err)
	}
	if _, _, err := analytics.CachedCentrality(rrc, "fame", analytics.Options{}); err == nil || !strings.Contains(err.Error(), "unknown measure") {
		t.Errorf("unknown measure: %v", err)
	}
	ro.Close()
	rw, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := rw.SaveCache(rrc.Unsaved()...); err != nil {
		t.Fatal(err)
	}
	saved, g, err := analytics.CachedCentrality(rw.Results(LoadOptions{}), analytics.Closeness, analytics.Options{})
	if err != nil || g != nil {
		t.Fatalf("after SaveCache: loaded=%v err=%v", g != nil, err)
	}
	for id, v := range closeness {
		if saved[id] != v {
			t.Errorf("entity %d: saved %v, computed %v", id, saved[id], v)
		}
	}
}
