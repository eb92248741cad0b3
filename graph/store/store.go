package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// Errors returned by Open. Each names a condition the CLI reports in one
// line with exit status 2; nothing is written to the directory in any of
// these cases.
var (
	// ErrLocked means another process holds the store.
	ErrLocked = errors.New("store is in use by another process")
	// ErrNotStore means the directory exists but is not a newsgraph store.
	ErrNotStore = errors.New("not a newsgraph store")
	// ErrNewerSchema means the store was written by a newer newsgraph.
	ErrNewerSchema = errors.New("store was written by a newer newsgraph")
	// ErrNoStore means the directory does not exist (and Create was not set).
	ErrNoStore = errors.New("no store here")
)

// Error wraps an Open failure with the directory it concerns and, for
// ErrLocked, the holder's process ID when it can be read.
type Error struct {
	Dir    string
	Detail string // extra words, e.g. "held by pid 1234 (newsgraph ingest)"
	Err    error
}

func (e *Error) Error() string {
	msg := e.Dir + ": " + e.Err.Error()
	if e.Detail != "" {
		msg += " (" + e.Detail + ")"
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Options configure Open. The zero value opens an existing store for
// reading and writing.
type Options struct {
	// Create makes a new, empty store when Dir does not exist or is empty.
	Create bool
	// ReadOnly opens the store for reading only; several read-only opens
	// may share a store, but not with a writer.
	ReadOnly bool
	// MemTableSize, when not zero, replaces the 16 MB of Badger's
	// memtable, from which the limits of a transaction follow
	// (TxnLimits). Tests make it small to make an article too big for one
	// transaction.
	MemTableSize int64
	// settled: a read-only Open has rolled back an unfinished write in
	// parts and opens again (parts.go).
	settled bool
}

// memTable applies MemTableSize to opts. Badger refuses a value
// threshold over a transaction's byte limit (15% of the memtable), so a
// small memtable has a small threshold too.
func (o Options) memTable(opts badger.Options) badger.Options {
	if o.MemTableSize <= 0 {
		return opts
	}
	opts = opts.WithMemTableSize(o.MemTableSize)
	if limit := o.MemTableSize * 15 / 100; opts.ValueThreshold > limit/2 {
		opts = opts.WithValueThreshold(limit / 2)
	}
	return opts
}

// Store is a newsgraph knowledge graph kept in a Badger database.
type Store struct {
	db  *badger.DB
	dir string
	// writeMu makes write transactions run one at a time: Badger's
	// conflict detection is off (see Open), and the write cache relies on
	// it.
	writeMu sync.Mutex
	wc      *writeCache // see CacheWrites
	// readOnly stores never write; the others check the free disk space
	// before each write transaction (see checkSpace).
	readOnly bool
}

// Dir returns the store's directory.
func (s *Store) Dir() string { return s.dir }

// Close flushes and closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Version returns the graph version: a number that changes whenever
// anything is written. Caches keyed by it are invalidated by any write.
func (s *Store) Version() (uint64, error) {
	var v uint64
	err := s.db.View(func(txn *badger.Txn) error {
		b, err := getValue(txn, metaKey(metaVersion))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v = binary.BigEndian.Uint64(b)
		return nil
	})
	return v, err
}

// Update runs fn in one read-write transaction and commits it when fn
// returns nil; either everything fn wrote is stored or nothing is. Write
// transactions run one at a time.
func (s *Store) Update(fn func(*Txn) error) (err error) {
	defer catchFault(s.dir, &err)()
	var tc *txnCache
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := checkSpace(s.dir); err != nil {
		return err
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		if s.wc != nil {
			tc = s.wc.begin()
		}
		t := &Txn{txn: txn, write: true, wc: tc, valueThreshold: s.db.Opts().ValueThreshold}
		if err := fn(t); err != nil {
			return err
		}
		if t.dirty {
			return t.bumpVersion()
		}
		return nil
	})
	if tc != nil {
		tc.end()
		if err == nil {
			tc.commit()
		}
		tc.c.release(tc)
	}
	return err
}

// CacheWrites keeps, from now on, the records that write transactions read
// back (entities, names, relations) in memory, up to about maxBytes, so
// that a long run of write transactions, as an ingest makes, does not look
// each one up in Badger again (see writecache.go). Read-only transactions
// are not affected.
func (s *Store) CacheWrites(maxBytes int) {
	if s.wc == nil {
		s.wc = newWriteCache(s.db, maxBytes)
		s.wc.complete = s.noRecords()
	}
}

// noRecords reports whether the store holds no entity, redirect,
// gazetteer link, relation, content hash or name index entry (false when
// it cannot tell).
func (s *Store) noRecords() bool {
	some := true
	err := s.View(func(t *Txn) error {
		some = t.anyKey(pEntity, pRedirect, pGaz, pRel, pHash, pName)
		return nil
	})
	return err == nil && !some
}

// anyKey reports whether the store holds a key with one of the prefixes.
func (t *Txn) anyKey(prefixes ...string) bool {
	it := t.txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
	defer it.Close()
	for _, p := range prefixes {
		if it.Seek([]byte(p)); it.ValidForPrefix([]byte(p)) {
			return true
		}
	}
	return false
}

// View runs fn in a read-only transaction. A memory fault on a file
// Badger maps (a full disk, a file cut short) is returned as an error.
func (s *Store) View(fn func(*Txn) error) (err error) {
	defer catchFault(s.dir, &err)()
	return asDamage(s.dir, s.db.View(func(txn *badger.Txn) error { return fn(&Txn{txn: txn}) }))
}

// HasContent reports whether an article with the given content hash is
// stored, and its ID.
func (s *Store) HasContent(hash string) (id string, ok bool, err error) {
	err = s.View(func(t *Txn) error {
		id, ok, err = t.HasContent(hash)
		return err
	})
	return id, ok, err
}

func getValue(txn *badger.Txn, key []byte) ([]byte, error) {
	item, err := txn.Get(key)
	if err != nil {
		return nil, err
	}
	return item.ValueCopy(nil)
}

// storedArticle is the article record: Article without its entity list,
// which the mention index holds.
type storedArticle struct {
	graph.Article
	Hash string `json:"hash"`
}

func marshal(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("graph: marshal: " + err.Error()) // only plain structs are marshalled
	}
	return b
}

func hasPrefixKey(k []byte, p string) bool { return bytes.HasPrefix(k, []byte(p)) }

// pSource prefixes the input digests an ingest remembers (see
// Txn.PutSource): s:<16-byte digest> → the IDs of the articles that input
// gave, concatenated. It is an index for skipping unchanged input and holds
// nothing Load reads.
const pSource = "s:"

func sourceKey(sum [16]byte) []byte { return append([]byte(pSource), sum[:]...) }

// PutSource records that the input with digest sum (see article.Piece.Sum)
// gave the articles ids, which must be stored in the same transaction.
func (t *Txn) PutSource(sum [16]byte, ids []string) error {
	v := make([]byte, 0, len(ids)*articleIDLen)
	for _, id := range ids {
		if len(id) != articleIDLen {
			return fmt.Errorf("graph: article ID %q is not %d characters", id, articleIDLen)
		}
		v = append(v, id...)
	}
	return t.set(sourceKey(sum), v)
}

// Fresh reports whether nothing was ever ingested into the store: it holds
// no article, content hash or input record.
func (s *Store) Fresh() (bool, error) {
	some := true
	err := s.View(func(t *Txn) error {
		some = t.anyKey(pArticle, pHash, pSource)
		return nil
	})
	return err == nil && !some, err
}

// Source returns the number of articles the input with digest sum gave,
// and whether it was recorded with PutSource.
func (t *Txn) Source(sum [16]byte) (n int, ok bool, err error) {
	item, err := t.txn.Get(sourceKey(sum))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	return int(item.ValueSize()) / articleIDLen, true, nil
}

// Counts returns the number of articles, entities and relations Load
// would give (merged entities and the relations merges fold together
// counted once, curations applied). Without curations it reads keys only
// and is cheap on a large store; with them it loads the graph.
func (s *Store) Counts() (articles, entities, relations int, err error) {
	err = s.View(func(t *Txn) error {
		if t.anyKey(pCuration) {
			// Curations (splits, merges) change the counts only Load
			// works out: load the graph, without evidence.
			g, err := t.load(LoadOptions{})
			if err != nil {
				return err
			}
			articles, entities, relations = len(g.Articles), len(g.Entities), len(g.Relations)
			return nil
		}
		redirect, err := t.redirects(true)
		if err != nil {
			return err
		}
		root := redirect.root
		if err := t.scan(pArticle, false, func(k, _ []byte) error { articles++; return nil }); err != nil {
			return err
		}
		if err := t.scan(pEntity, false, func(k, _ []byte) error {
			if len(k) == 10 && root(graph.ID(binary.BigEndian.Uint64(k[2:]))) == graph.ID(binary.BigEndian.Uint64(k[2:])) {
				entities++
			}
			return nil
		}); err != nil {
			return err
		}
		type rel struct {
			a, b graph.ID
			k    graph.Kind
		}
		var seen map[rel]bool
		if len(redirect) > 0 {
			seen = map[rel]bool{}
		}
		return t.scan(pRel, false, func(k, _ []byte) error {
			a, kind, b, err := relParts(k)
			if err != nil {
				return err
			}
			if seen == nil {
				relations++
				return nil
			}
			a, b = root(a), root(b)
			if a == b {
				return nil
			}
			if !kind.Directed() && a > b {
				a, b = b, a
			}
			if r := (rel{a, b, kind}); !seen[r] {
				seen[r] = true
				relations++
			}
			return nil
		})
	})
	return articles, entities, relations, err
}

// ErrTxnTooBig is returned by a write in Update when the transaction has
// grown beyond what the store commits at once. The transaction is then
// discarded; write less in each.
var ErrTxnTooBig = badger.ErrTxnTooBig
