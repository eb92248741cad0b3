package graph

import (
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
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

	first, info, err := s.CachedCentrality(Degree, AnalyticsOptions{}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if hit, g := info.Hit, info.Graph; hit || g == nil || info.Unsaved != nil {
		t.Fatalf("first call: hit=%v, graph %v; want a miss with the loaded graph", hit, g != nil)
	}
	want := map[ID]float64{a: 1, b: 1, p: 1, q: 1}
	for id, w := range want {
		if first[id] != w {
			t.Errorf("entity %d: degree %v, want %v", id, first[id], w)
		}
	}
	if v, _ := s.Version(); v != v0 {
		t.Errorf("caching changed the graph version from %d to %d", v0, v)
	}

	again, info, err := s.CachedCentrality(Degree, AnalyticsOptions{}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if hit, g := info.Hit, info.Graph; !hit || g != nil {
		t.Fatalf("second call: hit=%v, graph loaded %v; want a hit without loading", hit, g != nil)
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
	if _, info, _ := s.CachedCentrality(Degree, AnalyticsOptions{Kinds: []Kind{MemberOf}}, LoadOptions{}); info.Hit {
		t.Error("kinds filter answered from the unfiltered entry")
	}
	if _, info, _ := s.CachedCentrality(PageRank, AnalyticsOptions{}, LoadOptions{}); info.Hit {
		t.Error("pagerank answered from the degree entry")
	}

	// A write (as ingest makes) invalidates every entry.
	err = s.Update(func(tx *Txn) error { return tx.AddRelation(a, CoMention, q, art1, []Span{{0, 3}}) })
	if err != nil {
		t.Fatal(err)
	}
	after, info, err := s.CachedCentrality(Degree, AnalyticsOptions{}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if info.Hit || info.Graph == nil {
		t.Fatal("after a write: answered from the cache")
	}
	if after[a] != 2 || after[q] != 2 {
		t.Errorf("after a write: degrees %v, want a and q at 2", after)
	}
	if n := countCache(t, s); n != 1 {
		t.Errorf("%d cache entries after recomputing, want 1 (stale ones deleted)", n)
	}

	comm, qv, info, err := s.CachedCommunities(AnalyticsOptions{}, LoadOptions{})
	if err != nil || info.Hit {
		t.Fatalf("communities: hit=%v err=%v", info.Hit, err)
	}
	comm2, qv2, info, err := s.CachedCommunities(AnalyticsOptions{}, LoadOptions{})
	if err != nil || !info.Hit || qv2 != qv || len(comm2) != len(comm) {
		t.Fatalf("communities again: hit=%v err=%v Q %v/%v", info.Hit, err, qv, qv2)
	}
	for id, c := range comm {
		if comm2[id] != c {
			t.Errorf("entity %d: cached community %d, computed %d", id, comm2[id], c)
		}
	}

	// A read-only store answers from the cache and computes what is
	// missing without writing; SaveCache on a writable open stores it.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, info, err := ro.CachedCentrality(Degree, AnalyticsOptions{}, LoadOptions{}); err != nil || !info.Hit {
		t.Errorf("read-only: hit=%v err=%v, want a hit", info.Hit, err)
	}
	closeness, info, err := ro.CachedCentrality(Closeness, AnalyticsOptions{}, LoadOptions{})
	if err != nil || info.Hit || info.Unsaved == nil {
		t.Fatalf("read-only miss: hit=%v unsaved=%v err=%v", info.Hit, info.Unsaved != nil, err)
	}
	if _, _, err := ro.CachedCentrality("fame", AnalyticsOptions{}, LoadOptions{}); err == nil || !strings.Contains(err.Error(), "unknown measure") {
		t.Errorf("unknown measure: %v", err)
	}
	ro.Close()
	rw, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := rw.SaveCache(info.Unsaved); err != nil {
		t.Fatal(err)
	}
	saved, info, err := rw.CachedCentrality(Closeness, AnalyticsOptions{}, LoadOptions{})
	if err != nil || !info.Hit {
		t.Fatalf("after SaveCache: hit=%v err=%v", info.Hit, err)
	}
	for id, v := range closeness {
		if saved[id] != v {
			t.Errorf("entity %d: saved %v, computed %v", id, saved[id], v)
		}
	}
}

func TestCacheEncoding(t *testing.T) {
	c := cached{ids: []ID{1, 5, 1 << 40}, values: []float64{0.5, -1e-300, 3}, extra: 0.25}
	got, ok := decodeCache(encodeCache(c))
	if !ok || got.extra != c.extra || !equalFloats(got.values, c.values) || len(got.ids) != 3 || got.ids[2] != 1<<40 {
		t.Fatalf("round trip: %+v, %v", got, ok)
	}
	for _, bad := range [][]byte{nil, {0}, {cacheFormat}, {cacheFormat, 1, 0}, append(encodeCache(c), 0)} {
		if _, ok := decodeCache(bad); ok {
			t.Errorf("decodeCache(%x) accepted", bad)
		}
	}
	if cacheName("centrality", PageRank, AnalyticsOptions{Kinds: []Kind{MemberOf, CoMention, MemberOf}}) !=
		cacheName("centrality", PageRank, AnalyticsOptions{Kinds: []Kind{CoMention, MemberOf}}) {
		t.Error("kind order or repetition changes the cache name")
	}
}
