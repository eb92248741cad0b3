package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
)

// ErrDamaged means the store's files are damaged: a file is missing,
// truncated or fails its checksum. Nothing is answered from such a store and
// nothing is written into it; the CLI says which file and exits with
// status 2.
var ErrDamaged = errors.New("store is damaged")

// DamageError names the damaged file and what is wrong with it.
type DamageError struct {
	File    string // the file (or directory) found damaged
	Problem string
}

func (e *DamageError) Error() string {
	return e.File + ": " + e.Problem + "; " + damageAdvice
}

func (e *DamageError) Unwrap() error { return ErrDamaged }

// damageAdvice says what to do with a damaged store. The files are left as
// they are: they may still be worth a specialist's look.
const damageAdvice = `the store is damaged and was not changed: restore it from a backup ("newsgraph restore FILE --db NEWDIR"), or start a new store ("newsgraph ingest --force-new" moves the damaged files aside)`

func damaged(file, format string, a ...any) error {
	return &DamageError{File: file, Problem: fmt.Sprintf(format, a...)}
}

// creationLeftovers are the files Badger writes before its MANIFEST when
// it creates a database: a directory holding only these (or nothing) holds
// no data, and a writer may finish creating the store there.
func creationLeftover(name string) bool {
	switch name {
	case "LOCK", "KEYREGISTRY", "KEYREGISTRY-REWRITE", "MANIFEST-REWRITE", replayLockName:
		return true
	}
	return false
}

// preflight checks, before Badger opens the store in dir, everything Badger
// would silently repair by throwing data away, or would panic on:
//
//   - the MANIFEST must be readable; Badger deletes every table file its
//     MANIFEST does not list, so a truncated MANIFEST would cost the tables
//     it lost. Unlisted tables are accepted only after a crash (the LOCK
//     file of a writer that never closed is still there), when they are the
//     output of a flush or compaction the MANIFEST never recorded;
//   - every table must open and pass its block checksums (a truncated table
//     panics inside Badger's table loading, a damaged block gives wrong
//     values without an error);
//   - every memtable log must replay to its end: Badger stops replaying at
//     the first damaged entry and truncates the log there, dropping the
//     committed transactions after it.
//
// The caller must make sure no writer has the store open.
func preflight(dir string) error {
	mf, err := readManifest(dir)
	if err != nil {
		return err
	}
	crashed := fileExists(filepath.Join(dir, "LOCK"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	onDisk := map[uint64]bool{}
	for _, e := range entries {
		name := e.Name()
		if id, ok := table.ParseFileID(name); ok && strings.HasSuffix(name, ".sst") {
			onDisk[id] = true
		}
	}
	var ids []uint64
	for id := range mf.Tables {
		ids = append(ids, id)
		if !onDisk[id] {
			return damaged(table.NewFilename(id, dir), "missing (the MANIFEST lists it)")
		}
	}
	if !crashed {
		for id := range onDisk {
			if _, ok := mf.Tables[id]; !ok {
				return damaged(filepath.Join(dir, "MANIFEST"), "does not list table %s, which holds data (the MANIFEST was truncated or replaced)", filepath.Base(table.NewFilename(id, dir)))
			}
		}
	}
	slices.Sort(ids)
	if err := verifyTables(dir, ids, mf); err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".mem") {
			if err := checkMemLog(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// readManifest reads the MANIFEST of the store in dir without changing it.
func readManifest(dir string) (badger.Manifest, error) {
	path := filepath.Join(dir, "MANIFEST")
	f, err := os.Open(path)
	if err != nil {
		return badger.Manifest{}, damaged(path, "cannot be read: %v", unwrapPath(err))
	}
	defer f.Close()
	var mf badger.Manifest
	err = protect(path, func() error {
		var err error
		mf, _, err = badger.ReplayManifestFile(f, 0, badger.DefaultOptions(dir))
		return err
	})
	if err != nil {
		var de *DamageError
		if errors.As(err, &de) {
			return mf, err
		}
		return mf, damaged(path, "%v", oneLine(err))
	}
	return mf, nil
}

// verifyTables verifies the tables ids, several at a time, and returns
// the error of the first damaged one in ID order.
func verifyTables(dir string, ids []uint64, mf badger.Manifest) error {
	errs := make([]error, len(ids))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ids)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = verifyTable(table.NewFilename(ids[i], dir), mf.Tables[ids[i]].Compression)
			}
		}()
	}
	for i := range ids {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// verifyTable opens one table file as Badger does and checks every
// block's checksum.
func verifyTable(path string, compression options.CompressionType) error {
	fi, err := os.Stat(path)
	if err != nil {
		return damaged(path, "%v", unwrapPath(err))
	}
	if fi.Size() == 0 {
		return damaged(path, "empty table file")
	}
	return protect(path, func() error {
		mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
		if err != nil && !errors.Is(err, z.NewFile) {
			return damaged(path, "%v", oneLine(err))
		}
		t, err := table.OpenTable(mf, table.Options{
			ReadOnly:    true,
			ChkMode:     options.OnTableRead,
			BlockSize:   4 << 10,
			Compression: compression,
		})
		if err != nil {
			return damaged(path, "%v", oneLine(err))
		}
		return t.MmapFile.Close(-1) // not DecrRef, which deletes the file
	})
}

// protect runs fn, turning a panic (Badger's reaction to some damaged
// files) or a memory fault on a memory-mapped file into a DamageError
// naming file.
func protect(file string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = faultError(file, r)
		}
	}()
	return fn()
}

// faultError describes a recovered panic. A memory fault on a file Badger
// maps into memory means the file shrank or its disk is full.
func faultError(file string, r any) error {
	msg := fmt.Sprint(r)
	// debug.SetPanicOnFault turns a fault into a runtime error with the
	// faulting address.
	if _, ok := r.(interface{ Addr() uintptr }); ok || strings.Contains(msg, "fault") {
		if free, ok := freeBytes(file); ok && free < minFree {
			return &SpaceError{Dir: file, Free: free, Need: minFree}
		}
		return damaged(file, "reading a memory-mapped file failed: a file is shorter than it should be or the disk failed")
	}
	if msg = oneLine(fmt.Errorf("%s", msg)); msg == "" {
		return damaged(file, "damaged or truncated (Badger could not read it)")
	}
	return damaged(file, "damaged or truncated (Badger failed reading it: %s)", msg)
}

// oneLine returns err's message on one line.
func oneLine(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return strings.TrimSpace(msg)
}

// unwrapPath drops the path from a *PathError: the caller names the file.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Entry flags of Badger's log format (see badger's structs.go).
const (
	walHeaderSize = 20     // the encryption key ID and IV every log file starts with
	walBitTxn     = 1 << 6 // an entry of a transaction
	walBitFinTxn  = 1 << 7 // the entry that commits a transaction
	walMaxKey     = 1 << 16
)

var walTxnKey = []byte("!badger!txn")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checkMemLog reports a memtable log that Badger would not replay to the
// end. Badger replays whole transactions and stops at the first entry
// whose checksum fails, taking everything after it for the torn tail of a
// write a crash interrupted. A crash can only tear the last transaction,
// whose commit entry is written last: a whole, valid commit entry after
// the point where replay stops is a committed transaction the replay
// would drop, so the log is damaged.
func checkMemLog(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return damaged(path, "%v", unwrapPath(err))
	}
	if len(b) == 0 {
		// Killed between creating the log and sizing it: it holds no
		// transaction, and Badger starts it afresh.
		return nil
	}
	if len(b) < walHeaderSize {
		return damaged(path, "memtable log cut short (%d bytes)", len(b))
	}
	end := walReplayEnd(b)
	for from := end; ; {
		i := bytes.Index(b[from:], walTxnKey)
		if i < 0 {
			return nil
		}
		p := from + i
		for s := max(end, p-22); s <= p-5; s++ {
			e, ok := walEntryAt(b, s)
			if ok && e.keyAt == p && e.meta&walBitFinTxn != 0 {
				return damaged(path, "damaged memtable log: committed writes after byte %d cannot be replayed (Badger would drop them)", end)
			}
		}
		from = p + len(walTxnKey)
	}
}

type walEntry struct {
	meta       byte
	keyAt      int // offset of the key
	key, value []byte
	next       int // offset of the next entry
}

// walEntryAt decodes the log entry at off, checking its checksum.
func walEntryAt(b []byte, off int) (walEntry, bool) {
	if off < 0 || off+2 > len(b) {
		return walEntry{}, false
	}
	p := off + 2
	var lens [3]uint64
	for i := range lens {
		v, n := binary.Uvarint(b[p:])
		if n <= 0 {
			return walEntry{}, false
		}
		lens[i], p = v, p+n
	}
	klen, vlen := lens[0], lens[1]
	if klen > walMaxKey || vlen > uint64(len(b)) || uint64(p)+klen+vlen+4 > uint64(len(b)) {
		return walEntry{}, false
	}
	k, v := p, p+int(klen)
	end := v + int(vlen)
	if crc32.Checksum(b[off:end], castagnoli) != binary.BigEndian.Uint32(b[end:]) {
		return walEntry{}, false
	}
	return walEntry{meta: b[off], keyAt: k, key: b[k:v], value: b[v:end], next: end + 4}, true
}

// walReplayEnd returns the offset where Badger's replay of the log b stops:
// after the last whole transaction before the first entry that does not
// decode.
func walReplayEnd(b []byte) int {
	end, off := walHeaderSize, walHeaderSize
	var txn uint64 // commit timestamp of the open transaction, 0 if none
	for {
		e, ok := walEntryAt(b, off)
		if !ok || len(e.key) == 0 {
			return end
		}
		off = e.next
		switch {
		case e.meta&walBitTxn != 0:
			ts := keyTs(e.key)
			if txn == 0 {
				txn = ts
			}
			if ts != txn {
				return end
			}
		case e.meta&walBitFinTxn != 0:
			ts, err := strconv.ParseUint(string(e.value), 10, 64)
			if err != nil || ts != txn {
				return end
			}
			txn, end = 0, off
		default:
			if txn != 0 {
				return end
			}
			end = off
		}
	}
}

// keyTs returns the version Badger appends to a key.
func keyTs(key []byte) uint64 {
	if len(key) < 8 {
		return 0
	}
	return math.MaxUint64 - binary.BigEndian.Uint64(key[len(key)-8:])
}

// catchFault makes memory faults of the calling goroutine panic (see
// debug.SetPanicOnFault) until the returned function runs; that function,
// deferred, turns such a panic into *err. Other panics go on.
//
//	defer catchFault(dir, &err)()
func catchFault(file string, err *error) func() {
	old := debug.SetPanicOnFault(true)
	return func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			if _, ok := r.(interface{ Addr() uintptr }); !ok {
				panic(r)
			}
			*err = faultError(file, r)
		}
	}
}
