package analytics

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestCacheEncoding(t *testing.T) {
	c := cached{ids: []graph.ID{1, 5, 1 << 40}, values: []float64{0.5, -1e-300, 3}, extra: 0.25}
	got, ok := decodeCache(encodeCache(c))
	if !ok || got.extra != c.extra || !equalFloats(got.values, c.values) || len(got.ids) != 3 || got.ids[2] != 1<<40 {
		t.Fatalf("round trip: %+v, %v", got, ok)
	}
	for _, bad := range [][]byte{nil, {0}, {cacheFormat}, {cacheFormat, 1, 0}, append(encodeCache(c), 0)} {
		if _, ok := decodeCache(bad); ok {
			t.Errorf("decodeCache(%x) accepted", bad)
		}
	}
	if cacheName("centrality", PageRank, Options{Kinds: []graph.Kind{graph.MemberOf, graph.CoMention, graph.MemberOf}}) !=
		cacheName("centrality", PageRank, Options{Kinds: []graph.Kind{graph.CoMention, graph.MemberOf}}) {
		t.Error("kind order or repetition changes the cache name")
	}
}
