package ingest

import (
	"sync"

	"github.com/newsgraph/newsgraph/graph/store"
)

// storedIndex answers the workers' questions "is this input recorded?"
// and "is this text stored?" without a read transaction each, when the
// ingest started from a fresh store: then whatever is stored was committed
// by this run's writer, which tells the index after each commit. Otherwise,
// or once it holds maxStoredIndex entries (memory stays bounded), it
// passes the questions to the store.
type storedIndex struct {
	store    *store.Store
	mu       sync.RWMutex
	on       bool
	sources  map[[16]byte]int    // input digest → articles it gave
	contents map[string]struct{} // content hashes
}

// maxStoredIndex bounds the entries a storedIndex holds: about 40 MB.
const maxStoredIndex = 1 << 19

func newStoredIndex(s *store.Store) *storedIndex {
	fresh, err := s.Fresh()
	return &storedIndex{store: s, on: fresh && err == nil, sources: map[[16]byte]int{}, contents: map[string]struct{}{}}
}

// source is store.Txn.Source.
func (x *storedIndex) source(sum [16]byte) (n int, ok bool, err error) {
	x.mu.RLock()
	if x.on {
		n, ok = x.sources[sum]
		x.mu.RUnlock()
		return n, ok, nil
	}
	x.mu.RUnlock()
	err = x.store.View(func(t *store.Txn) error {
		n, ok, err = t.Source(sum)
		return err
	})
	return n, ok, err
}

// hasContent reports whether an article with content hash id is stored.
func (x *storedIndex) hasContent(id string) (bool, error) {
	x.mu.RLock()
	if x.on {
		_, ok := x.contents[id]
		x.mu.RUnlock()
		return ok, nil
	}
	x.mu.RUnlock()
	_, ok, err := x.store.HasContent(id)
	return ok, err
}

// committed tells the index what a committed transaction stored: the
// content hashes of its new articles and its input records.
func (x *storedIndex) committed(ops []writeOp) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.on {
		return
	}
	for _, op := range ops {
		if !op.record {
			x.contents[op.it.id] = struct{}{}
			continue
		}
		// As putSource: recorded only when all its articles are stored.
		whole := true
		for _, id := range op.ids {
			_, ok := x.contents[id]
			whole = whole && ok
		}
		if whole {
			x.sources[op.sum] = len(op.ids)
		}
	}
	if len(x.sources)+len(x.contents) > maxStoredIndex {
		x.on, x.sources, x.contents = false, nil, nil
	}
}
