package store

// The result cache: values computed from the whole stored graph (the
// analytics package keeps centralities and communities here), filed under
// the graph version they were computed for (keys C:<version><name>).
// Every Store.Update that writes anything bumps the version (m:version),
// so ingest, merges and any other curation invalidate the cache without
// knowing about it; a stale entry is simply never read again, and is
// deleted when a newer one is stored. The store holds the values as bytes:
// what they mean is the caller's business.

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

const pCache = "C:" // C:<version><name> → cached value

func cacheKey(version uint64, name string) []byte {
	k := binary.BigEndian.AppendUint64([]byte(pCache), version)
	return append(k, name...)
}

// CacheEntry is a value computed on a read-only store and not yet cached;
// Store.SaveCache stores it through a writable open of the same store. It
// is filed under the graph version it was computed for, so if the graph
// changed in between it is simply never read.
type CacheEntry struct {
	version uint64
	name    string
	value   []byte
}

// ResultCache is the store's result cache as one reader sees it: graphs
// it loads on a miss are loaded with its LoadOptions, and values it could
// not store (the store is open read-only) are kept for SaveCache. It
// satisfies analytics.Cache.
type ResultCache struct {
	s       *Store
	lo      LoadOptions
	unsaved []*CacheEntry
}

// Results returns the store's result cache, loading graphs with lo.
func (s *Store) Results(lo LoadOptions) *ResultCache { return &ResultCache{s: s, lo: lo} }

// Unsaved returns the values computed on a read-only store that could not
// be cached: pass them to SaveCache on a writable open.
func (c *ResultCache) Unsaved() []*CacheEntry { return c.unsaved }

// Remember returns the value cached under name for the current graph
// version when valid accepts it, and a nil graph. Otherwise it loads the
// graph, in the same read transaction as the version the value is filed
// under, calls compute on it, caches the value (or keeps it for Unsaved
// on a read-only store) and returns it with the loaded graph.
func (c *ResultCache) Remember(name string, valid func([]byte) bool, compute func(*graph.Graph) ([]byte, error)) ([]byte, *graph.Graph, error) {
	var (
		version uint64
		value   []byte
		loaded  *graph.Graph
		hit     bool
	)
	err := c.s.View(func(t *Txn) error {
		var err error
		if version, err = t.meta64(metaVersion); err != nil {
			return err
		}
		b, err := getValue(t.txn, cacheKey(version, name))
		if err == nil {
			if hit = valid(b); hit {
				value = b
				return nil
			}
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if loaded, err = t.load(c.lo); err != nil {
			return err
		}
		value, err = compute(loaded)
		return err
	})
	if err != nil || hit {
		return value, nil, err
	}
	e := &CacheEntry{version: version, name: name, value: value}
	if c.s.db.Opts().ReadOnly {
		c.unsaved = append(c.unsaved, e)
		return value, loaded, nil
	}
	return value, loaded, c.s.SaveCache(e)
}

// SaveCache stores values computed on a read-only open of this store
// (ResultCache.Unsaved) and deletes cache entries of other graph versions.
// It does not change the graph version. Nil entries are ignored.
func (s *Store) SaveCache(entries ...*CacheEntry) error {
	for _, e := range entries {
		if e == nil {
			continue
		}
		if err := s.saveCache(e); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) saveCache(e *CacheEntry) error {
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
		return txn.Set(cacheKey(e.version, e.name), e.value)
	})
	if err != nil {
		return fmt.Errorf("graph: storing the analytics cache: %w", err)
	}
	return nil
}
