package store

// Badger refuses a write that would take a transaction past either of two
// limits (badger.ErrTxnTooBig, which Update returns as ErrTxnTooBig). Both
// follow from the memtable size the store opens Badger with
// (badgerOptions: 16 MB), by Badger's rule (badger v4 db.go, Open):
//
//	maxBatchSize  = 15% of MemTableSize      = 2,516,582 bytes
//	maxBatchCount = maxBatchSize / skl.MaxNodeSize (96 bytes) = 26,214 entries
//
// and each write counts, towards the size, its key, 2 bytes of metadata
// and 10 of version, plus its value when the value is smaller than the
// value threshold (1 MB: larger values go to the value log and count as a
// 12-byte pointer) (badger v4 txn.go, checkSize). Badger counts the entry
// that marks a transaction's end from the start (one entry, 21 bytes), and
// a write fails when it would reach a limit, not pass it: the writes of a
// transaction may total 26,212 entries and 2,516,560 bytes (TxnLimits).
// A write the write cache knows the store already holds is not made and
// does not count.

// TxnLimits are the most the writes of one transaction may add up to:
// entries and bytes as Badger counts them (Txn.Size). A writer that batches work into transactions
// sizes its batches from them (ingest does).
type TxnLimits struct {
	Entries int
	Bytes   int
}

// TxnLimits returns the limits of a write transaction on s.
func (s *Store) TxnLimits() TxnLimits {
	// Less Badger's own end-of-transaction entry, and less one: a
	// write that reaches the limit fails.
	const endEntries, endBytes = 1, len("!badger!txn") + 10
	return TxnLimits{
		Entries: int(s.db.MaxBatchCount()) - endEntries - 1,
		Bytes:   int(s.db.MaxBatchSize()) - endBytes - 1,
	}
}

// TxnSize is what a write transaction holds so far, counted as Badger
// counts it against TxnLimits.
type TxnSize struct {
	Entries int
	Bytes   int
}

// Size returns what t has written so far, counted as Badger counts it
// against the store's TxnLimits (bumping the store's version on commit
// adds one more small entry).
func (t *Txn) Size() TxnSize { return t.size }

// count adds one write of key k and value v to t's size.
func (t *Txn) count(k, v []byte) {
	const meta, version, pointer = 2, 10, 12
	n := len(k) + meta + version
	if int64(len(v)) < t.valueThreshold {
		n += len(v)
	} else {
		n += pointer
	}
	t.size.Entries++
	t.size.Bytes += n
}
