package graph

// The analytics cache: results of Centrality and Communities over the whole
// stored graph, kept in the store under the graph version they were
// computed for (keys C:<version><name>). Every Store.Update that writes
// anything bumps the version (m:version), so ingest, merges and any other
// curation invalidate the cache without knowing about it; a stale entry is
// simply never read again, and is deleted when a newer one is stored.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

const pCache = "C:" // C:<version><name> → cached result (see encodeCache)

// cacheFormat is the first byte of every cache value; a value of another
// format is ignored (recomputed and overwritten).
const cacheFormat = 1

// cacheName names one analysis for the cache: the kind of result, the
// measure and every option that changes the result.
func cacheName(what string, m Measure, o AnalyticsOptions) string {
	kinds := make([]string, len(o.Kinds))
	for i, k := range o.Kinds {
		kinds[i] = string(k)
	}
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	w := "w"
	if o.Unweighted {
		w = "u"
	}
	return what + "/" + string(m) + "/" + w + "/" + strings.Join(kinds, ",") + "/" + strconv.Itoa(o.Pivots)
}

func cacheKey(version uint64, name string) []byte {
	k := binary.BigEndian.AppendUint64([]byte(pCache), version)
	return append(k, name...)
}

// cached is one cached result: a value per entity and one extra number
// (the modularity for communities).
type cached struct {
	ids    []ID
	values []float64
	extra  float64
}

// encodeCache writes c as: format byte, uvarint count, extra (8 bytes), then
// count × (ID, value), each 8 bytes big-endian (values as IEEE 754 bits).
func encodeCache(c cached) []byte {
	b := []byte{cacheFormat}
	b = binary.AppendUvarint(b, uint64(len(c.ids)))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(c.extra))
	for i, id := range c.ids {
		b = binary.BigEndian.AppendUint64(b, uint64(id))
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(c.values[i]))
	}
	return b
}

func decodeCache(b []byte) (cached, bool) {
	if len(b) < 1 || b[0] != cacheFormat {
		return cached{}, false
	}
	n, k := binary.Uvarint(b[1:])
	if k <= 0 {
		return cached{}, false
	}
	b = b[1+k:]
	if uint64(len(b)) != 8+16*n {
		return cached{}, false
	}
	c := cached{ids: make([]ID, n), values: make([]float64, n), extra: math.Float64frombits(binary.BigEndian.Uint64(b))}
	b = b[8:]
	for i := range c.ids {
		c.ids[i] = ID(binary.BigEndian.Uint64(b[16*i:]))
		c.values[i] = math.Float64frombits(binary.BigEndian.Uint64(b[16*i+8:]))
	}
	return c, true
}

// CacheEntry is an analytics result computed on a read-only store and not
// yet cached; Store.SaveCache stores it through a writable open of the same
// store. It is filed under the graph version it was computed for, so if the
// graph changed in between it is simply never read.
type CacheEntry struct {
	version uint64
	name    string
	res     cached
}

// Cached is what CachedCentrality and CachedCommunities return besides the
// result itself.
type Cached struct {
	// Hit reports that the result came from the cache; the graph was not
	// loaded.
	Hit bool
	// Graph is the graph loaded to compute the result on a miss, nil on a
	// hit.
	Graph *Graph
	// Unsaved is the computed result when the store was opened read-only
	// and could not cache it (pass it to SaveCache on a writable open), nil
	// otherwise.
	Unsaved *CacheEntry
}

// cachedOrCompute returns the result cached under name for the current
// graph version. On a miss it loads the graph with lo and calls compute on
// it, in the same read transaction as the version it is filed under, then
// caches the result (or returns it as Unsaved on a read-only store).
func (s *Store) cachedOrCompute(name string, lo LoadOptions, compute func(*Graph) (cached, error)) (cached, Cached, error) {
	var (
		version uint64
		info    Cached
		res     cached
	)
	err := s.View(func(t *Txn) error {
		var err error
		if version, err = t.meta64(metaVersion); err != nil {
			return err
		}
		b, err := getValue(t.txn, cacheKey(version, name))
		if err == nil {
			if res, info.Hit = decodeCache(b); info.Hit {
				return nil
			}
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if info.Graph, err = t.load(lo); err != nil {
			return err
		}
		res, err = compute(info.Graph)
		return err
	})
	if err != nil || info.Hit {
		return res, info, err
	}
	e := &CacheEntry{version: version, name: name, res: res}
	if s.db.Opts().ReadOnly {
		info.Unsaved = e
		return res, info, nil
	}
	return res, info, s.SaveCache(e)
}

// SaveCache stores a result computed on a read-only open of this store
// (Cached.Unsaved) and deletes cache entries of other graph versions. It
// does not change the graph version. A nil entry is ignored.
func (s *Store) SaveCache(e *CacheEntry) error {
	if e == nil {
		return nil
	}
	// This writes below Txn, so it does not bump the version the entry is
	// filed under.
	err := s.db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(pCache)})
		var stale [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().KeyCopy(nil)
			if len(k) < len(pCache)+8 || binary.BigEndian.Uint64(k[len(pCache):]) != e.version {
				stale = append(stale, k)
			}
		}
		it.Close()
		for _, k := range stale {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		return txn.Set(cacheKey(e.version, e.name), encodeCache(e.res))
	})
	if err != nil {
		return fmt.Errorf("graph: storing the analytics cache: %w", err)
	}
	return nil
}

// CachedCentrality returns Centrality(g, m, o) for the graph g stored in s,
// from the store's analytics cache when the graph has not changed since it
// was last computed. On a miss it loads the graph with lo, computes the
// scores and caches them (on a read-only store it returns them as
// Cached.Unsaved instead), and returns the loaded graph in Cached.Graph. On
// a hit nothing is loaded. Cached scores are exactly the computed ones.
//
// Any write through Store.Update changes the graph version the cache is
// keyed by, so results are never stale.
func (s *Store) CachedCentrality(m Measure, o AnalyticsOptions, lo LoadOptions) (map[ID]float64, Cached, error) {
	if !slices.Contains(Measures, m) {
		return nil, Cached{}, fmt.Errorf("%w %q", ErrUnknownMeasure, m)
	}
	res, info, err := s.cachedOrCompute(cacheName("centrality", m, o), lo, func(g *Graph) (cached, error) {
		a := Analyse(g, o)
		v, err := a.Scores(m)
		if err != nil {
			return cached{}, err
		}
		return cached{ids: a.IDs(), values: v}, nil
	})
	if err != nil {
		return nil, info, err
	}
	scores := make(map[ID]float64, len(res.ids))
	for i, id := range res.ids {
		scores[id] = res.values[i]
	}
	return scores, info, nil
}

// CachedCommunities is Communities over the graph stored in s, cached as
// CachedCentrality caches centralities. It returns every entity's community
// and the modularity.
func (s *Store) CachedCommunities(o AnalyticsOptions, lo LoadOptions) (map[ID]int, float64, Cached, error) {
	res, info, err := s.cachedOrCompute(cacheName("communities", "", o), lo, func(g *Graph) (cached, error) {
		comm, q, err := Communities(g, o)
		if err != nil {
			return cached{}, err
		}
		c := cached{extra: q, ids: make([]ID, 0, len(comm))}
		for id := range comm {
			c.ids = append(c.ids, id)
		}
		slices.Sort(c.ids)
		for _, id := range c.ids {
			c.values = append(c.values, float64(comm[id]))
		}
		return c, nil
	})
	if err != nil {
		return nil, 0, info, err
	}
	comm := make(map[ID]int, len(res.ids))
	for i, id := range res.ids {
		comm[id] = int(res.values[i])
	}
	return comm, res.extra, info, nil
}
