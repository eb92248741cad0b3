package store

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/dgraph-io/badger/v4"
)

// A write too big for one Badger transaction (an article dense with names
// links tens of thousands of keys; TxnLimits) is written in parts, several
// transactions, by UpdateInParts, and still stored whole or not at all:
//
//   - the first time the write sets or deletes a key, the value the key
//     held before (or that it held none) is kept under the journal key
//     j:<key>, in the same transaction as the write;
//   - the first part to commit before the write is done also sets the
//     marker m:partial; the last part deletes it, and that commit is the
//     moment the write is stored: the journal is then deleted, as garbage;
//   - a write that fails after some parts committed is rolled back from
//     the journal at once; one the process was killed in is rolled back
//     by the next Open (read-only opens do it under the replay lock, as
//     they replay a crashed writer's log), before anything is read.
//
// Readers never see a part: a writer holds the store alone while it
// writes, and every open rolls back an unfinished write first. The
// journal keeps a key's value as it was before the whole write, so rolling
// back is the same however far it had gone, and may itself be stopped and
// done again.

const (
	pJournal    = "j:"      // j:<key> → 0 (the key was absent) or 1 and the key's value, before a write in parts
	metaPartial = "partial" // m:partial: a write in parts is unfinished
)

// partMargin is what a part leaves free under the transaction limits, for
// the writes that end it: the marker, and the version the last part bumps.
var partMargin = TxnSize{Entries: 16, Bytes: 1 << 10}

// afterPart, when set (tests), is called after part n (from 1) of a write
// in parts has committed; an error stops the write there as a failure of
// the write would, except after the last part (the write is stored).
var afterPart func(s *Store, n int) error

// parts is a write in parts in progress.
type parts struct {
	s         *Store
	limit     TxnSize             // the most a part writes, journal included
	journaled map[string]struct{} // keys whose old value the journal holds
	n         int                 // parts committed
}

// UpdateInParts runs fn as Update does, with the same guarantee (what fn
// writes is stored whole or not at all, across a crash too), but commits
// its writes in as many transactions as they need, so that fn may write
// more than one transaction holds (ErrTxnTooBig). It costs a read and a
// journal entry for each key written: meant for the rare write Update
// refuses. fn must not write while iterating (Txn.scan callbacks): a part
// ends only outside them.
func (s *Store) UpdateInParts(fn func(*Txn) error) (err error) {
	defer catchFault(s.dir, &err)()
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := checkSpace(s.dir); err != nil {
		return err
	}
	if err := s.settle(); err != nil {
		return err
	}
	l := s.TxnLimits()
	p := &parts{s: s, journaled: map[string]struct{}{},
		limit: TxnSize{Entries: l.Entries - partMargin.Entries, Bytes: l.Bytes - partMargin.Bytes}}
	t := &Txn{write: true, valueThreshold: s.db.Opts().ValueThreshold, parts: p}
	p.begin(t)
	done := false
	defer func() {
		if !done { // fn failed or panicked, or a part did not commit
			if rerr := p.abort(t); rerr != nil && err != nil {
				err = fmt.Errorf("%w (rolling back the parts written: %v)", err, rerr)
			}
		}
	}()
	if err = fn(t); err != nil {
		return err
	}
	if err = p.finish(t); err != nil {
		return err
	}
	done = true
	return nil
}

// begin starts the next part.
func (p *parts) begin(t *Txn) {
	t.txn = p.s.db.NewTransaction(true)
	t.size = TxnSize{}
	t.wc = nil
	if p.s.wc != nil {
		t.wc = p.s.wc.begin()
	}
}

// commit commits the part in progress; its writes enter the write cache.
func (p *parts) commit(t *Txn) error {
	err := t.txn.Commit()
	t.txn = nil
	if tc := t.wc; tc != nil {
		tc.end()
		if err == nil {
			tc.commit()
		}
		tc.c.release(tc)
		t.wc = nil
	}
	if err != nil {
		return err
	}
	p.n++
	return nil
}

// journal is called before each write of key k (value v, nil for a
// deletion) of a write in parts: it ends the part first when the write
// would not fit, and keeps k's old value the first time k is written.
func (p *parts) journal(t *Txn, k, v []byte) error {
	need := t.entrySize(k, v)
	_, kept := p.journaled[string(k)]
	var jk, jv []byte
	if !kept {
		// Not written yet by this write: what the store holds is the old value.
		old, err := getValue(t.txn, k)
		switch {
		case err == nil:
			jv = append([]byte{1}, old...)
		case errors.Is(err, badger.ErrKeyNotFound):
			jv = []byte{0}
		default:
			return err
		}
		jk = append([]byte(pJournal), k...)
		j := t.entrySize(jk, jv)
		need.Entries += j.Entries
		need.Bytes += j.Bytes
	}
	if t.iters == 0 && t.size.Entries > 0 &&
		(t.size.Entries+need.Entries > p.limit.Entries || t.size.Bytes+need.Bytes > p.limit.Bytes) {
		if err := p.next(t); err != nil {
			return err
		}
	}
	if kept {
		return nil
	}
	t.count(jk, jv)
	if err := t.txn.Set(jk, jv); err != nil {
		return err
	}
	p.journaled[string(k)] = struct{}{}
	return nil
}

// next commits the part in progress, marking the write unfinished in the
// first, and begins the next.
func (p *parts) next(t *Txn) error {
	if p.n == 0 {
		k := metaKey(metaPartial)
		t.count(k, nil)
		if err := t.txn.Set(k, nil); err != nil {
			return err
		}
	}
	if err := p.commit(t); err != nil {
		return err
	}
	if afterPart != nil {
		if err := afterPart(p.s, p.n); err != nil {
			return err
		}
	}
	p.begin(t)
	return nil
}

// finish commits the last part, which bumps the version and deletes the
// marker: the write is then stored. The journal is garbage from then on;
// it is deleted now, or by the next write in parts or open if that fails.
func (p *parts) finish(t *Txn) error {
	if t.dirty {
		if err := t.bumpVersion(); err != nil {
			return err
		}
	}
	if p.n > 0 {
		if err := t.txn.Delete(metaKey(metaPartial)); err != nil {
			return err
		}
	}
	if err := p.commit(t); err != nil {
		return err
	}
	if p.n > 1 {
		if afterPart != nil {
			_ = afterPart(p.s, p.n) // the write is stored whatever the hook says
		}
		_ = p.s.dropJournal(false) // what is left is garbage, deleted later
	}
	return nil
}

// abort ends a failed write in parts: the part in progress is discarded
// and those committed are rolled back. The write cache, which the
// committed parts entered, is emptied.
func (p *parts) abort(t *Txn) error {
	if t.txn != nil {
		t.txn.Discard()
		t.txn = nil
	}
	if tc := t.wc; tc != nil {
		tc.end()
		tc.c.release(tc)
		t.wc = nil
	}
	if p.n == 0 {
		return nil
	}
	if p.s.wc != nil {
		p.s.wc.reset()
	}
	return p.s.settle()
}

// entrySize is what one write of key k and value v counts towards the
// transaction limits (see count).
func (t *Txn) entrySize(k, v []byte) TxnSize {
	var z Txn
	z.valueThreshold = t.valueThreshold
	z.count(k, v)
	return z.size
}

// settle finishes what an unfinished write in parts left: it rolls the
// write back when its marker is set, and otherwise deletes the journal a
// finished one left.
func (s *Store) settle() error {
	partial, err := s.partial()
	if err != nil {
		return err
	}
	if err := s.dropJournal(partial); err != nil {
		return err
	}
	if !partial {
		return nil
	}
	return s.db.Update(func(txn *badger.Txn) error { return txn.Delete(metaKey(metaPartial)) })
}

// partial reports whether the marker of an unfinished write in parts is
// set.
func (s *Store) partial() (bool, error) {
	var ok bool
	err := s.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(metaKey(metaPartial))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		ok = err == nil
		return err
	})
	return ok, err
}

// dropJournal deletes the journal, a transaction's worth at a time; with
// restore it first writes back the values it keeps (a rollback). Each
// transaction restores keys and deletes their journal entries together,
// so a rollback stopped half way is finished by the next.
func (s *Store) dropJournal(restore bool) error {
	for {
		n, err := s.journalStep(restore)
		if err != nil || n == 0 {
			return err
		}
	}
}

// journalStep does one transaction of dropJournal and returns how many
// journal entries it handled.
func (s *Store) journalStep(restore bool) (int, error) {
	type entry struct{ k, v []byte }
	var batch []entry
	l := s.TxnLimits()
	threshold := int(s.db.Opts().ValueThreshold)
	err := s.db.View(func(txn *badger.Txn) error {
		p := []byte(pJournal)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: restore})
		defer it.Close()
		var size TxnSize
		for it.Rewind(); it.ValidForPrefix(p); it.Next() {
			e := entry{k: it.Item().KeyCopy(nil)}
			if restore {
				var err error
				if e.v, err = it.Item().ValueCopy(nil); err != nil {
					return err
				}
			}
			// Two writes: the key restored and the entry deleted.
			n := 2*len(e.k) + 24 + min(len(e.v), threshold)
			if len(batch) > 0 && (size.Entries+2 > l.Entries-partMargin.Entries || size.Bytes+n > l.Bytes-partMargin.Bytes) {
				break
			}
			size.Entries += 2
			size.Bytes += n
			batch = append(batch, e)
		}
		return nil
	})
	if err != nil || len(batch) == 0 {
		return 0, err
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		for _, e := range batch {
			if restore {
				if err := restoreKey(txn, e.k[len(pJournal):], e.v); err != nil {
					return err
				}
			}
			if err := txn.Delete(e.k); err != nil {
				return err
			}
		}
		return nil
	})
	return len(batch), err
}

// restoreKey writes back the value a journal entry keeps for k.
func restoreKey(txn *badger.Txn, k, old []byte) error {
	switch {
	case len(old) == 1 && old[0] == 0:
		return txn.Delete(k)
	case len(old) >= 1 && old[0] == 1:
		return txn.Set(k, old[1:])
	}
	return fmt.Errorf("graph: bad journal entry for key %x", k)
}

// settleForReaders rolls back, for a read-only open of dir, the write in
// parts a killed writer left unfinished: it opens the store for writing
// once, under the replay lock, as replayLogs does, while other readers
// wait for it; the first to get the lock rolls back, the others find
// nothing left to do.
func settleForReaders(dir string, o Options) error {
	unlock, ok := lockReplay(dir)
	if !ok {
		if !fileExists(filepath.Join(dir, replayLockName)) {
			return fmt.Errorf("%w: a writer was stopped in the middle of an article, and rolling it back needs write access to %s", ErrCannotOpen, dir)
		}
		return ErrLocked
	}
	defer unlock()
	if err := checkSpace(dir); err != nil {
		return err
	}
	log := &openLogger{}
	opts := badgerOptions(dir, false, log)
	opts = o.memTable(opts)
	for range 200 { // other readers close their stores to wait for the lock
		db, err := protectedOpen(dir, opts)
		if err == nil {
			err = (&Store{db: db, dir: dir}).settle()
			if cerr := db.Close(); err == nil {
				err = cerr
			}
			return err
		}
		if !isLockError(err) {
			return log.explain(err)
		}
		sleepBriefly()
	}
	return ErrLocked
}
