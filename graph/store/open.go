package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// Open opens the store in dir. See Options. On failure it returns a
// *Error wrapping one of the sentinel errors above, or the underlying
// error.
func Open(dir string, o Options) (*Store, error) {
	fail := func(err error, detail string) (*Store, error) {
		return nil, &Error{Dir: dir, Detail: detail, Err: err}
	}
	fresh := false
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if !o.Create || o.ReadOnly {
			return fail(ErrNoStore, "run \"newsgraph ingest\" to create one")
		}
		fresh = true
	case err != nil:
		return fail(err, "")
	case len(entries) == 0:
		if !o.Create || o.ReadOnly {
			return fail(ErrNoStore, "the directory is empty")
		}
		fresh = true
	default:
		if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
			if !badgerFilesOnly(entries) {
				return fail(ErrNotStore, "no Badger MANIFEST")
			}
			// A writer was killed while creating the store, before
			// Badger wrote its MANIFEST: nothing was stored.
			if !o.Create || o.ReadOnly {
				return fail(ErrNoStore, "an ingest was stopped before it stored anything; run it again")
			}
			fresh = true
		}
	}
	if fresh {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail(err, "")
		}
	}
	log := &openLogger{held: true}
	defer log.release()
	opts := badger.DefaultOptions(dir).
		WithReadOnly(o.ReadOnly).
		WithLogger(log).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithBlockCacheSize(32 << 20).
		WithIndexCacheSize(16 << 20).
		WithValueLogFileSize(64 << 20).
		WithNumCompactors(2).
		// Let level 0 hold more tables before compacting: a store of a
		// corpus like Reuters-21578 (some ten memtable flushes) then needs
		// no compaction at all, and a re-ingest that writes nothing does
		// not pay for one on opening (measured: 0.56 s CPU instead of 1.3 s).
		WithNumLevelZeroTables(10).
		WithNumLevelZeroTablesStall(20).
		// Write transactions run one at a time (Store.Update), so they
		// cannot conflict: tracking their reads would only cost time.
		WithDetectConflicts(false)
	db, err := badger.Open(opts)
	if err != nil && removeEmptyValueLogs(dir) {
		log.drop() // what Badger said of the file just removed
		db, err = badger.Open(opts)
	}
	if err != nil && o.ReadOnly && (strings.Contains(err.Error(), "not properly closed") || errors.Is(err, badger.ErrTruncateNeeded) || strings.Contains(err.Error(), "truncate required")) {
		// A crashed writer left a memtable log that only a writable open
		// replays (dropping the torn tail of a write that never committed).
		// Replay it now, then reopen read-only.
		rw, err2 := badger.Open(opts.WithReadOnly(false))
		if err2 != nil && removeEmptyValueLogs(dir) {
			log.drop()
			rw, err2 = badger.Open(opts.WithReadOnly(false))
		}
		if err2 == nil {
			rw.Close()
			db, err = badger.Open(opts)
		}
	}
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return fail(ErrLocked, lockHolder(dir))
		}
		if fresh {
			os.RemoveAll(dir)
		}
		return fail(err, "")
	}
	s := &Store{db: db, dir: dir}
	if !fresh && !o.ReadOnly && o.Create {
		// A writer killed while creating the store leaves a database
		// without the newsgraph magic, and nothing else: finish creating it.
		if fresh, err = s.emptyDB(); err != nil {
			db.Close()
			return fail(err, "")
		}
	}
	if err := s.checkMeta(fresh); err != nil {
		if errors.Is(err, ErrNotStore) {
			if empty, _ := s.emptyDB(); empty {
				db.Close()
				return fail(ErrNoStore, "an ingest was stopped before it stored anything; run it again")
			}
		}
		db.Close()
		return fail(err, "")
	}
	return s, nil
}

// badgerFilesOnly reports whether a directory holds nothing but files
// Badger creates.
func badgerFilesOnly(entries []os.DirEntry) bool {
	for _, e := range entries {
		switch n := e.Name(); {
		case n == "KEYREGISTRY", n == "LOCK", n == "DISCARD", n == "MANIFEST",
			strings.HasSuffix(n, ".vlog"), strings.HasSuffix(n, ".mem"), strings.HasSuffix(n, ".sst"):
		default:
			return false
		}
	}
	return true
}

// emptyDB reports whether the database holds no keys at all.
func (s *Store) emptyDB() (bool, error) {
	empty := true
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	return empty, err
}

// checkMeta verifies the magic and schema of an existing store, or writes
// them into a fresh one.
func (s *Store) checkMeta(fresh bool) error {
	if fresh {
		return s.db.Update(func(txn *badger.Txn) error {
			if err := txn.Set(metaKey(metaMagic), []byte(magic)); err != nil {
				return err
			}
			return txn.Set(metaKey(metaSchema), []byte(strconv.Itoa(SchemaVersion)))
		})
	}
	return s.db.View(func(txn *badger.Txn) error {
		m, err := getValue(txn, metaKey(metaMagic))
		if err != nil || string(m) != magic {
			return ErrNotStore
		}
		v, err := getValue(txn, metaKey(metaSchema))
		if err != nil {
			return ErrNotStore
		}
		n, err := strconv.Atoi(string(v))
		if err != nil {
			return ErrNotStore
		}
		if n > SchemaVersion {
			return fmt.Errorf("%w (schema %d; this build reads schema %d)", ErrNewerSchema, n, SchemaVersion)
		}
		return nil
	})
}

// lockHolder names the processes holding dir's lock: the writer from
// Badger's pid file when it is alive, or else the processes (read-only
// opens write no pid file) that have the directory open, found in /proc.
func lockHolder(dir string) string {
	if b, err := os.ReadFile(filepath.Join(dir, "LOCK")); err == nil {
		if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
			if desc := describePid(pid); desc != "" {
				return "held by pid " + desc
			}
		}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	procs, _ := os.ReadDir("/proc")
	var holders []string
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil {
			continue
		}
		fds, _ := os.ReadDir(filepath.Join("/proc", p.Name(), "fd"))
		for _, fd := range fds {
			if target, err := os.Readlink(filepath.Join("/proc", p.Name(), "fd", fd.Name())); err == nil && target == abs {
				if desc := describePid(pid); desc != "" {
					holders = append(holders, desc)
				}
				break
			}
		}
		if len(holders) == 3 {
			break
		}
	}
	switch len(holders) {
	case 0:
		return ""
	case 1:
		return "held by pid " + holders[0]
	}
	return "held by pids " + strings.Join(holders, ", ")
}

// describePid returns "1234: newsgraph ingest dir" for a live process, or
// "" when there is no such process.
func describePid(pid int) string {
	cmd, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil {
		if _, err := os.Stat(filepath.Join("/proc", strconv.Itoa(pid))); err != nil {
			return ""
		}
		return strconv.Itoa(pid)
	}
	args := strings.Fields(strings.ReplaceAll(string(cmd), "\x00", " "))
	if len(args) == 0 {
		return strconv.Itoa(pid)
	}
	// Skip global flags such as --db DIR to reach the command name.
	name := []string{filepath.Base(args[0])}
	for i := 1; i < len(args) && len(name) < 3; i++ {
		switch a := args[i]; {
		case a == "--db":
			i++
		case strings.HasPrefix(a, "-"):
		default:
			name = append(name, a)
		}
	}
	return strconv.Itoa(pid) + ": " + strings.Join(name, " ")
}

// logOutput is where Badger's warnings and errors go (tests replace it).
var logOutput io.Writer = os.Stderr

// openLogger passes Badger's warnings and errors to logOutput, one line
// each, prefixed, and drops its informational chatter. While Open is
// still trying the store (held), messages wait: those of an attempt that
// failed on a file Open then repaired are dropped, the rest are written
// when Open returns.
type openLogger struct {
	mu    sync.Mutex
	held  bool
	lines []string
}

func (l *openLogger) Errorf(f string, a ...any)   { l.say(f, a) }
func (l *openLogger) Warningf(f string, a ...any) { l.say(f, a) }
func (l *openLogger) Infof(string, ...any)        {}
func (l *openLogger) Debugf(string, ...any)       {}

func (l *openLogger) say(f string, a []any) {
	line := "badger: " + strings.TrimRight(fmt.Sprintf(f, a...), "\n") + "\n"
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held {
		l.lines = append(l.lines, line)
		return
	}
	io.WriteString(logOutput, line)
}

// drop forgets the messages held.
func (l *openLogger) drop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = nil
}

// release writes the messages held and stops holding.
func (l *openLogger) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, line := range l.lines {
		io.WriteString(logOutput, line)
	}
	l.held, l.lines = false, nil
}

// removeEmptyValueLogs deletes the zero-length value log files of the
// store in dir when no process holds the store, and reports whether it
// deleted any. A writer killed right after creating a value log file
// leaves it empty, and Badger then refuses every open of the store ("Open
// existing file ...: Create a new file"); the file holds nothing.
func removeEmptyValueLogs(dir string) bool {
	var empty []string
	files, _ := filepath.Glob(filepath.Join(dir, "*.vlog"))
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil && fi.Size() == 0 {
			empty = append(empty, f)
		}
	}
	if len(empty) == 0 {
		return false
	}
	unlock, ok := lockDir(dir)
	if !ok {
		return false
	}
	defer unlock()
	removed := false
	for _, f := range empty {
		if os.Remove(f) == nil {
			removed = true
		}
	}
	return removed
}
