package store

import (
	"bytes"
	"errors"
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// The write cache keeps, across write transactions, the records linking
// reads back for every article: entity records, redirects, gazetteer
// links, relation records, content hashes, meta counters and the name
// index. Without it
// each read is a Badger lookup through the memtables and every level-0
// table, and each name lookup an iterator, which in a write transaction
// copies the transaction's pending writes.
//
// It is coherent because the store is held by one process (see Open) and,
// while the cache is on, every write transaction of that process goes
// through it, one at a time:
//   - a value read from Badger in a write transaction is the committed
//     value, unless the transaction wrote it itself; the transaction's own
//     writes are kept apart (txnCache) and served first;
//   - what a transaction wrote enters the cache only when it commits, so a
//     failed transaction leaves the cache as it was.
//
// Its size is bounded: when it holds more than its byte budget it is
// emptied and fills again.

// cachedKey reports whether reads of k are served from the write cache.
func cachedKey(k []byte) bool {
	if len(k) < 2 {
		return false
	}
	switch string(k[:2]) {
	case pEntity, pRedirect, pGaz, pRel, pHash, pMeta:
		return true
	}
	return false
}

// cacheEntry is a cached value, or the knowledge that the key is absent.
type cacheEntry struct {
	v  []byte
	ok bool
	// ent is an entity record's value decoded, when known; it is never
	// modified (readers get a copy).
	ent *graph.Entity
}

func (e cacheEntry) value() ([]byte, error) {
	if !e.ok {
		return nil, badger.ErrKeyNotFound
	}
	return e.v, nil
}

// nameEntry is one raw entry of the name index: an entity ID as stored
// (redirects not followed) and the kind of name.
type nameEntry struct {
	id   graph.ID
	kind graph.NameKind
}

// writeCache is the cache shared by a store's write transactions.
type writeCache struct {
	db       *badger.DB // for snapshots of the committed store (txnCache.snapshot)
	spare    *txnCache  // a finished transaction's cache, for the next (see release)
	max      int        // byte budget
	bytes    int        // approximate bytes held
	vals     map[string]cacheEntry
	names    map[string][]nameEntry // every entry of a name key
	curNames int8                   // as Txn.curNames, for the committed store
	// complete: every committed record of the cached kinds but meta
	// (entities, redirects, gazetteer links, relations, content hashes,
	// names) is in the cache, so a key the cache does not hold is absent.
	// True from a store that had none when the cache was made until the
	// cache is first emptied: an ingest into a new store then never asks
	// Badger for the records it is about to create.
	complete bool
}

// entryCost is the approximate memory of one cached entry besides its
// key and value bytes.
const entryCost = 64

func newWriteCache(db *badger.DB, max int) *writeCache {
	return &writeCache{db: db, max: max, vals: map[string]cacheEntry{}, names: map[string][]nameEntry{}}
}

// reserve accounts for n more bytes, emptying the cache first when the
// budget would be exceeded.
func (c *writeCache) reserve(n int) {
	if c.bytes+n > c.max {
		clear(c.vals)
		clear(c.names)
		c.bytes = 0
		c.complete = false
	}
	c.bytes += n
}

// reset empties the cache, which then knows nothing of the store: after
// a write in parts is rolled back, the parts it cached are gone.
func (c *writeCache) reset() {
	clear(c.vals)
	clear(c.names)
	c.bytes = 0
	c.complete = false
	c.curNames = 0
}

func (c *writeCache) putVal(k string, e cacheEntry) {
	c.reserve(len(k) + len(e.v) + entryCost)
	c.vals[k] = e
}

func (c *writeCache) putNames(k string, refs []nameEntry) {
	c.reserve(len(k) + 16*len(refs) + entryCost)
	c.names[k] = refs
}

// nameList is what a transaction knows of one name key.
type nameList struct {
	refs []nameEntry
	// full: refs is every entry of the key, this transaction's writes
	// included; otherwise the key was written without being read, refs is
	// unused and ops holds the writes, in order.
	full bool
	ops  []nameOp
}

// nameOp is a write to the name index entry of one ID: set to kind, or
// deleted.
type nameOp struct {
	e   nameEntry
	set bool
}

// apply returns refs after op.
func (op nameOp) apply(refs []nameEntry) []nameEntry {
	i := slices.IndexFunc(refs, func(e nameEntry) bool { return e.id == op.e.id })
	switch {
	case !op.set && i >= 0:
		return slices.Delete(refs, i, i+1)
	case op.set && i >= 0:
		refs[i].kind = op.e.kind
	case op.set:
		refs = append(refs, op.e)
	}
	return refs
}

// txnCache is one write transaction's side of the cache: what it wrote.
type txnCache struct {
	c     *writeCache
	vals  map[string]cacheEntry
	names map[string]*nameList
	// curTouched: the transaction wrote the curated name index.
	curTouched bool
	// articles stored by this transaction that were not stored before,
	// and the evidence keys it wrote for them: evidence of such an
	// article can only be this transaction's.
	articles map[string]bool
	evidence map[string]bool
	// snap is a read-only transaction on the committed store, opened when
	// first needed: its iterators, unlike a write transaction's, do not
	// copy the pending writes.
	snap *badger.Txn
}

// snapshot returns a read-only view of the committed store. Write
// transactions run one at a time through the cache, so it is the store
// this transaction started from.
func (tc *txnCache) snapshot() *badger.Txn {
	if tc.snap == nil {
		tc.snap = tc.c.db.NewTransaction(false)
	}
	return tc.snap
}

// end releases the snapshot, when the transaction is over.
func (tc *txnCache) end() {
	if tc.snap != nil {
		tc.snap.Discard()
		tc.snap = nil
	}
}

func (c *writeCache) begin() *txnCache {
	if tc := c.spare; tc != nil {
		c.spare = nil
		return tc
	}
	return &txnCache{c: c, vals: map[string]cacheEntry{}, names: map[string]*nameList{}, articles: map[string]bool{}, evidence: map[string]bool{}}
}

// maxSpareEntries bounds the maps of a transaction's cache kept for the
// next transaction: clearing a map costs its size, and a rare large
// transaction should not make the many small ones after it pay for it.
const maxSpareEntries = 4096

// release keeps tc, which is over, for the next transaction: its maps,
// emptied, have grown to what a transaction writes, so the next one does
// not grow them again from nothing.
func (c *writeCache) release(tc *txnCache) {
	if len(tc.vals) > maxSpareEntries || len(tc.names) > maxSpareEntries || len(tc.articles) > maxSpareEntries || len(tc.evidence) > maxSpareEntries {
		return
	}
	clear(tc.vals)
	clear(tc.names)
	clear(tc.articles)
	clear(tc.evidence)
	*tc = txnCache{c: c, vals: tc.vals, names: tc.names, articles: tc.articles, evidence: tc.evidence}
	c.spare = tc
}

// commit moves what the transaction wrote into the cache, once the
// transaction has committed.
func (tc *txnCache) commit() {
	c := tc.c
	for k, e := range tc.vals {
		c.putVal(k, e)
	}
	for k, l := range tc.names {
		if l.full {
			c.putNames(k, l.refs)
		} else {
			delete(c.names, k)
		}
	}
	if tc.curTouched {
		c.curNames = 0
	}
}

// get reads a value: the transaction's own write, else the cache, else
// Badger (and the answer is cached: it is the committed value).
func (t *Txn) get(k []byte) ([]byte, error) {
	tc := t.wc
	if tc == nil || !cachedKey(k) {
		return getValue(t.txn, k)
	}
	if e, ok := tc.vals[string(k)]; ok {
		return e.value()
	}
	if e, ok := tc.c.vals[string(k)]; ok {
		return e.value()
	}
	if tc.c.complete && string(k[:2]) != pMeta {
		return nil, badger.ErrKeyNotFound
	}
	b, err := getValue(t.txn, k)
	switch {
	case err == nil:
		tc.c.putVal(string(k), cacheEntry{v: b, ok: true})
	case errors.Is(err, badger.ErrKeyNotFound):
		tc.c.putVal(string(k), cacheEntry{})
	}
	return b, err
}

// wrote records a write (v nil and !ok: a deletion) of the transaction.
func (tc *txnCache) wrote(k, v []byte, ok bool) {
	if cachedKey(k) {
		tc.vals[string(k)] = cacheEntry{v: v, ok: ok}
	} else if key, id, isName := nameParts(k); isName {
		tc.writeName(key, id, decodeNameKind(v), ok)
	} else if len(k) >= 2 && string(k[:2]) == pCurName {
		tc.curTouched = true
	}
}

// entity returns a copy of the decoded entity record at k, if the
// transaction or the cache holds one. tc may be nil.
func (tc *txnCache) entity(k []byte) *graph.Entity {
	if tc == nil {
		return nil
	}
	e, ok := tc.vals[string(k)]
	if !ok {
		e = tc.c.vals[string(k)]
	}
	if e.ent == nil {
		return nil
	}
	return cloneEntity(e.ent)
}

// keepEntity keeps a copy of e, the entity record now held at k, decoded.
// It keeps nothing when decoding the stored JSON could give a different
// record: a string that is not valid UTF-8 is stored with U+FFFD.
func (tc *txnCache) keepEntity(k []byte, e *graph.Entity) {
	if tc == nil || !validEntity(e) {
		return
	}
	m := tc.vals
	ce, ok := m[string(k)]
	if !ok {
		m = tc.c.vals
		if ce, ok = m[string(k)]; !ok {
			return
		}
	}
	ce.ent = cloneEntity(e)
	m[string(k)] = ce
}

// cloneEntity copies e deeply, as decoding its JSON would: no attributes
// is a nil map.
func cloneEntity(e *graph.Entity) *graph.Entity {
	c := *e
	if e.Aliases != nil {
		c.Aliases = slices.Clone(e.Aliases)
	}
	c.Attrs = nil
	if len(e.Attrs) > 0 {
		c.Attrs = maps.Clone(e.Attrs)
	}
	return &c
}

func validEntity(e *graph.Entity) bool {
	ok := utf8.ValidString(e.Name) && utf8.ValidString(string(e.Type))
	for _, a := range e.Aliases {
		ok = ok && utf8.ValidString(a)
	}
	for k, v := range e.Attrs {
		ok = ok && utf8.ValidString(k) && utf8.ValidString(v)
	}
	return ok
}

// holds reports whether the store, as this transaction sees it, is known
// to hold value v at key k, so that writing it would change nothing. Only
// what the cache already knows is consulted: an unknown key is not read.
func (tc *txnCache) holds(k, v []byte) bool {
	if cachedKey(k) {
		e, ok := tc.vals[string(k)]
		if !ok {
			e, ok = tc.c.vals[string(k)]
		}
		return ok && e.ok && bytes.Equal(e.v, v)
	}
	key, id, isName := nameParts(k)
	if !isName || len(v) != 1 {
		return false
	}
	var refs []nameEntry
	if l := tc.names[key]; l != nil {
		if !l.full {
			return false
		}
		refs = l.refs
	} else if r, ok := tc.c.names[key]; ok {
		refs = r
	} else {
		return false
	}
	i := slices.IndexFunc(refs, func(e nameEntry) bool { return e.id == id })
	return i >= 0 && refs[i].kind == decodeNameKind(v)
}

// writeName records that the name index entry (key, id) was set to kind
// or, when !set, deleted.
func (tc *txnCache) writeName(key string, id graph.ID, kind graph.NameKind, set bool) {
	l := tc.names[key]
	if l == nil {
		l = &nameList{}
		if refs, ok := tc.c.names[key]; ok {
			l = &nameList{refs: slices.Clone(refs), full: true}
		} else if tc.c.complete {
			l.full = true // no committed entries
		}
		tc.names[key] = l
	}
	op := nameOp{nameEntry{id, kind}, set}
	if !l.full {
		l.ops = append(l.ops, op)
		return
	}
	l.refs = op.apply(l.refs)
}

// rawNames returns the entries of a name key, this transaction's writes
// included.
func (t *Txn) rawNames(key string) ([]nameEntry, error) {
	tc := t.wc
	if tc != nil {
		l := tc.names[key]
		if l != nil && l.full {
			return l.refs, nil
		}
		if l == nil {
			if refs, ok := tc.c.names[key]; ok {
				return refs, nil
			}
			if tc.c.complete {
				return nil, nil
			}
		}
	}
	var refs []nameEntry
	prefix := namePrefix(key)
	txn := t.txn
	if tc != nil {
		txn = tc.snapshot() // the committed entries; the transaction's own are in tc.names
	}
	err := scanNames(txn, prefix, func(id graph.ID, kind graph.NameKind) error {
		refs = append(refs, nameEntry{id, kind})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if tc != nil {
		tc.c.putNames(key, refs) // the committed entries
		if l := tc.names[key]; l != nil {
			// Written but not read before: replay the writes.
			l.refs, l.full = slices.Clone(refs), true
			for _, op := range l.ops {
				l.refs = op.apply(l.refs)
			}
			l.ops = nil
			return l.refs, nil
		}
	}
	return refs, nil
}
