package main

import (
	"cmp"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/store"
)

// cachedScores returns measure m over the whole stored graph, from the
// store's analytics cache when it holds them, and the loaded graph when it
// had to load it (nil on a cache hit). The store is opened read-only, so
// other readers are not locked out; a result computed on a miss is then
// cached through a brief writable open, skipped when another process holds
// the store.
func cachedScores(g *globalOptions, m analytics.Measure, ao analytics.Options, lookup func(*store.Store, map[graph.ID]float64, *graph.Graph) error) error {
	s, err := openRead(g)
	if err != nil {
		return err
	}
	rc := s.Results(store.LoadOptions{})
	scores, loaded, err := analytics.CachedCentrality(rc, m, ao)
	if err == nil {
		err = lookup(s, scores, loaded)
	}
	s.Close()
	if err != nil {
		return err
	}
	saveCache(g, rc.Unsaved())
	return nil
}

// saveCache stores a result computed on a read-only open; a failure only
// costs the next query its speed, so it is not reported.
func saveCache(g *globalOptions, e []*store.CacheEntry) {
	if len(e) == 0 {
		return
	}
	if rw, err := store.Open(g.db, store.Options{}); err == nil {
		rw.SaveCache(e...)
		rw.Close()
	}
}

// sortByScore orders entities by descending score, then by ID.
func sortByScore(es []graph.Entity, scores map[graph.ID]float64) {
	slices.SortStableFunc(es, func(a, b graph.Entity) int {
		return cmp.Or(cmp.Compare(scores[b.ID], scores[a.ID]), cmp.Compare(a.ID, b.ID))
	})
}
