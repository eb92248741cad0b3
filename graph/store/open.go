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
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Open opens the store in dir. See Options. On failure it returns a
// *Error wrapping one of the sentinel errors above, a *DamageError
// (ErrDamaged) naming a damaged file, a *SpaceError (ErrNoSpace), or the
// underlying error.
//
// Only an absent or empty directory (or one a writer was killed in while
// Badger was creating its first file) is taken for a new store: a directory
// holding Badger files that cannot be opened is reported, never written to.
func Open(dir string, o Options) (*Store, error) {
	fail := func(err error, detail string) (*Store, error) {
		var de *DamageError
		var se *SpaceError
		if errors.As(err, &de) || errors.As(err, &se) {
			return nil, err
		}
		return nil, &Error{Dir: dir, Detail: detail, Err: err}
	}
	fresh, detail, err := classifyDir(dir, o)
	if err != nil {
		return fail(err, detail)
	}
	if fresh {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail(err, "")
		}
	}
	db, err := openBadger(dir, o, fresh)
	if err != nil {
		if errors.Is(err, ErrLocked) {
			return fail(ErrLocked, lockHolder(dir))
		}
		if fresh {
			removeCreated(dir)
		}
		return fail(err, "")
	}
	s := &Store{db: db, dir: dir, readOnly: o.ReadOnly}
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
	// An article a killed writer was writing in parts is rolled back
	// before anything is read (parts.go).
	if !o.ReadOnly {
		if err := s.settle(); err != nil {
			db.Close()
			return fail(err, "")
		}
	} else if partial, err := s.partial(); err != nil || partial {
		db.Close()
		if err == nil && !o.settled {
			if err = settleForReaders(dir, o); err == nil {
				o.settled = true
				return Open(dir, o)
			}
		}
		if err == nil {
			err = fmt.Errorf("%w: an article written in parts is still unfinished", ErrCannotOpen)
		}
		return fail(err, "")
	}
	return s, nil
}

// classifyDir decides whether dir is a new store (fresh) or an existing
// one, or why it cannot be opened.
func classifyDir(dir string, o Options) (fresh bool, detail string, err error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if !o.Create || o.ReadOnly {
			return false, "run \"newsgraph ingest\" to create one", ErrNoStore
		}
		return true, "", nil
	case err != nil:
		return false, "", err
	case len(entries) == 0:
		if !o.Create || o.ReadOnly {
			return false, "the directory is empty", ErrNoStore
		}
		return true, "", nil
	}
	if fileExists(filepath.Join(dir, "MANIFEST")) {
		return false, "", nil
	}
	if !badgerFilesOnly(entries) {
		return false, "no Badger MANIFEST", ErrNotStore
	}
	var data []string
	for _, e := range entries {
		if !creationLeftover(e.Name()) {
			data = append(data, e.Name())
		}
	}
	if len(data) > 0 {
		return false, "", damaged(filepath.Join(dir, "MANIFEST"), "missing, but the directory holds %d Badger data files (%s)", len(data), strings.Join(firstN(data, 3), ", "))
	}
	// Only what Badger writes before its MANIFEST: another process is
	// creating the store right now, or one was killed doing so.
	unlock, ok := lockDir(dir)
	if !ok {
		return false, "", ErrLocked
	}
	unlock()
	if !o.Create || o.ReadOnly {
		return false, "an ingest was stopped before it stored anything; run it again", ErrNoStore
	}
	return true, "", nil
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], "...")
	}
	return s
}

// removeCreated removes what a failed creating open left in dir, when it
// holds nothing else.
func removeCreated(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	if badgerFilesOnly(entries) && !fileExists(filepath.Join(dir, "MANIFEST")) {
		os.RemoveAll(dir)
	}
}

// badgerFilesOnly reports whether a directory holds nothing but files
// Badger (or Open) creates.
func badgerFilesOnly(entries []os.DirEntry) bool {
	for _, e := range entries {
		switch n := e.Name(); {
		case n == "DISCARD", n == "MANIFEST", creationLeftover(n),
			strings.HasSuffix(n, ".vlog"), strings.HasSuffix(n, ".mem"), strings.HasSuffix(n, ".sst"):
		default:
			return false
		}
	}
	return true
}

// badgerOptions are the options every open uses.
func badgerOptions(dir string, readOnly bool, log badger.Logger) badger.Options {
	return badger.DefaultOptions(dir).
		WithReadOnly(readOnly).
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
		WithDetectConflicts(false).
		// Values kept in the value log are checked when read. Table blocks
		// are checked by preflight before every open, and the tables
		// written later are checked by "newsgraph check".
		WithVerifyValueChecksum(true)
}

// openBadger opens the Badger database in dir after checking its files
// (see preflight). A read-only open that finds the memtable logs of a
// crashed writer, which only a writable open replays, replays them once
// under the replay lock while other readers wait, then opens read-only.
func openBadger(dir string, o Options, fresh bool) (*badger.DB, error) {
	log := &openLogger{}
	opts := badgerOptions(dir, o.ReadOnly, log)
	opts = o.memTable(opts)
	if !o.ReadOnly {
		if err := checkSpace(dir); err != nil {
			return nil, err
		}
	}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if !fresh {
			unlock, ok := shareDir(dir)
			if !ok {
				err = ErrLocked
				if o.ReadOnly {
					waitReplay(dir)
					continue
				}
				return nil, err
			}
			err = preflight(dir)
			unlock()
			if err != nil {
				return nil, err
			}
		}
		var db *badger.DB
		db, err = protectedOpen(dir, opts)
		if err != nil && removeEmptyValueLogs(dir) {
			log.drop() // what Badger said of the file just removed
			db, err = protectedOpen(dir, opts)
		}
		switch {
		case err == nil:
			return db, nil
		case isLockError(err):
			err = ErrLocked
			if !o.ReadOnly {
				return nil, err
			}
			waitReplay(dir)
		case o.ReadOnly && needsReplay(err):
			if err = replayLogs(dir, opts); err != nil {
				return nil, err
			}
		default:
			return nil, log.explain(err)
		}
	}
	return nil, err
}

func isLockError(err error) bool {
	return strings.Contains(err.Error(), "Cannot acquire directory lock")
}

func needsReplay(err error) bool {
	msg := err.Error()
	return errors.Is(err, badger.ErrTruncateNeeded) || strings.Contains(msg, "truncate required") ||
		strings.Contains(msg, "not properly closed")
}

// replayLogs opens the store in dir for writing once, which replays the
// memtable logs a crashed writer left (dropping the torn tail of the
// write it was killed in; preflight has checked there is nothing after
// it), and closes it. The replay lock makes the other readers wait for it
// rather than fail on the writer's lock it takes; the first reader to get
// it replays, the others find nothing left to do.
func replayLogs(dir string, opts badger.Options) error {
	unlock, ok := lockReplay(dir)
	if !ok {
		if !fileExists(filepath.Join(dir, replayLockName)) {
			return fmt.Errorf("%w: a writer stopped without closing it, and replaying its log needs write access to %s", ErrCannotOpen, dir)
		}
		return ErrLocked
	}
	defer unlock()
	if db, err := protectedOpen(dir, opts); err == nil {
		return db.Close() // another reader replayed them
	}
	if err := checkSpace(dir); err != nil {
		return err
	}
	var err error
	for range 200 { // readers checking the files hold the lock briefly
		var rw *badger.DB
		if rw, err = protectedOpen(dir, opts.WithReadOnly(false)); err == nil {
			return rw.Close()
		}
		if !isLockError(err) {
			return err
		}
		sleepBriefly()
	}
	return ErrLocked
}

// protectedOpen runs badger.Open, turning its panics (on files preflight
// did not catch) and memory faults into errors.
func protectedOpen(dir string, opts badger.Options) (db *badger.DB, err error) {
	err = protect(dir, func() error {
		var err error
		db, err = badger.Open(opts)
		return err
	})
	return db, err
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

// removeEmptyValueLogs deletes the zero-length value log and memtable
// log files of the store in dir when no process holds the store, and
// reports whether it deleted any. A writer killed right after creating
// such a file leaves it empty, and Badger then refuses every open of the
// store ("Open existing file ...: Create a new file", or for a memtable
// log opened read-only, "truncate"); the file holds nothing.
func removeEmptyValueLogs(dir string) bool {
	var empty []string
	vlogs, _ := filepath.Glob(filepath.Join(dir, "*.vlog"))
	mems, _ := filepath.Glob(filepath.Join(dir, "*.mem"))
	for _, f := range append(vlogs, mems...) {
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

// logOutput is where Badger's messages go when NEWSGRAPH_BADGER_LOG is
// set (tests replace it). Otherwise they are kept back: what matters
// reaches the user as the error of the call that failed, in one line.
var logOutput io.Writer = os.Stderr

// openLogger keeps Badger's warnings and errors, drops its informational
// chatter, and passes them on, one line each, only when
// NEWSGRAPH_BADGER_LOG is set.
type openLogger struct {
	mu   sync.Mutex
	last string // the last error or warning
}

func (l *openLogger) Errorf(f string, a ...any)   { l.say(f, a) }
func (l *openLogger) Warningf(f string, a ...any) { l.say(f, a) }
func (l *openLogger) Infof(string, ...any)        {}
func (l *openLogger) Debugf(string, ...any)       {}

func (l *openLogger) say(f string, a []any) {
	line := strings.TrimSpace(strings.ReplaceAll(fmt.Sprintf(f, a...), "\n", " "))
	l.mu.Lock()
	defer l.mu.Unlock()
	l.last = line
	if os.Getenv("NEWSGRAPH_BADGER_LOG") != "" {
		io.WriteString(logOutput, "badger: "+line+"\n")
	}
}

// drop forgets the messages kept.
func (l *openLogger) drop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.last = ""
}

// explain turns an error of badger.Open into one line.
func (l *openLogger) explain(err error) error {
	var de *DamageError
	var se *SpaceError
	if errors.As(err, &de) || errors.As(err, &se) {
		return err
	}
	return fmt.Errorf("%w: %s", ErrCannotOpen, oneLine(err))
}

// ErrCannotOpen means Badger refused to open the store for a reason none
// of the other errors names.
var ErrCannotOpen = errors.New("cannot open the store")

func sleepBriefly() { time.Sleep(25 * time.Millisecond) }
