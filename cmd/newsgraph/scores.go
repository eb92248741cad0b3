package main

import (
	"cmp"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// cachedScores returns measure m over the whole stored graph, from the
// store's analytics cache when it holds them, and the loaded graph when it
// had to load it (nil on a cache hit). The store is opened read-only, so
// other readers are not locked out; a result computed on a miss is then
// cached through a brief writable open, skipped when another process holds
// the store.
func cachedScores(g *globalOptions, m graph.Measure, ao graph.AnalyticsOptions, lookup func(*graph.Store, map[graph.ID]float64, *graph.Graph) error) error {
	s, err := openRead(g)
	if err != nil {
		return err
	}
	scores, info, err := s.CachedCentrality(m, ao, graph.LoadOptions{})
	if err == nil {
		err = lookup(s, scores, info.Graph)
	}
	s.Close()
	if err != nil {
		return err
	}
	saveCache(g, info.Unsaved)
	return nil
}

// saveCache stores a result computed on a read-only open; a failure only
// costs the next query its speed, so it is not reported.
func saveCache(g *globalOptions, e *graph.CacheEntry) {
	if e == nil {
		return
	}
	if rw, err := graph.Open(g.db, graph.Options{}); err == nil {
		rw.SaveCache(e)
		rw.Close()
	}
}

// sortByScore orders entities by descending score, then by ID.
func sortByScore(es []graph.Entity, scores map[graph.ID]float64) {
	slices.SortStableFunc(es, func(a, b graph.Entity) int {
		return cmp.Or(cmp.Compare(scores[b.ID], scores[a.ID]), cmp.Compare(a.ID, b.ID))
	})
}
