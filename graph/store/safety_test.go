package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// fillStore stores n articles with some text each, so that the store's
// files hold real data.
func fillStore(t *testing.T, s *Store, from, n int) {
	t.Helper()
	for i := from; i < from+n; i += 50 {
		err := s.Update(func(tx *Txn) error {
			for j := i; j < min(i+50, from+n); j++ {
				id := fmt.Sprintf("%016x", j)
				text := strings.Repeat(fmt.Sprintf("Article %d says something worth keeping. ", j), 20)
				if err := tx.PutArticle(&graph.Article{ID: id, Title: "Title " + id}, text, id); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// filledStore returns the directory of a closed store of n articles.
func filledStore(t *testing.T, n int) string {
	t.Helper()
	s, dir := openTemp(t)
	fillStore(t, s, 0, n)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyDir copies the regular files of src into a new directory dst, as a
// crash would leave them when src is open: the memory-mapped files are
// read through the page cache the writer shares. Only their data is
// copied and holes stay holes: an open store's value log is a sparse file
// of 128 MB.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	const seekData, seekHole = 3, 4 // lseek(2) whences
	for _, e := range entries {
		in, err := os.Open(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.Create(filepath.Join(dst, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := in.Stat()
		for off := int64(0); off < fi.Size(); {
			start, err := in.Seek(off, seekData)
			if err != nil {
				break // no data after off (ENXIO)
			}
			end, err := in.Seek(start, seekHole)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.Copy(io.NewOffsetWriter(out, start), io.NewSectionReader(in, start, end-start)); err != nil {
				t.Fatal(err)
			}
			off = end
		}
		if err := out.Truncate(fi.Size()); err != nil {
			t.Fatal(err)
		}
		in.Close()
		out.Close()
	}
}

// flip inverts n bytes of the file at off.
func flip(t *testing.T, path string, off, n int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if off+n > len(b) {
		t.Fatalf("%s: %d bytes, cannot flip at %d", path, len(b), off)
	}
	for i := off; i < off+n; i++ {
		b[i] ^= 0xff
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func tableFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
	if len(files) == 0 {
		t.Fatal("the store has no table file")
	}
	return files
}

// wantDamage checks that err is a DamageError naming a file whose name
// ends in suffix.
func wantDamage(t *testing.T, err error, suffix string) {
	t.Helper()
	var de *DamageError
	if !errors.As(err, &de) || !errors.Is(err, ErrDamaged) {
		t.Fatalf("err = %v, want a DamageError", err)
	}
	if !strings.HasSuffix(de.File, suffix) {
		t.Errorf("damage reported in %q, want a file ending in %q", de.File, suffix)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("error spans lines: %q", err)
	}
}

// A directory of Badger files without their MANIFEST, or with a truncated
// one, is never taken for a new store: Badger would delete the tables the
// MANIFEST does not list (even on a read-only open), and a creating open
// would start over.
func TestOpenNeverOverwritesAStoreWithoutItsManifest(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(manifest string) error
	}{
		{"missing", os.Remove},
		{"truncated", func(m string) error { return os.Truncate(m, 10) }},
		{"empty", func(m string) error { return os.Truncate(m, 0) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filledStore(t, 300)
			tables := tableFiles(t, dir)
			if err := tc.damage(filepath.Join(dir, "MANIFEST")); err != nil {
				t.Fatal(err)
			}
			for _, o := range []Options{{ReadOnly: true}, {Create: true}, {}} {
				s, err := Open(dir, o)
				if err == nil {
					s.Close()
				}
				wantDamage(t, err, "MANIFEST")
			}
			for _, f := range tables {
				if _, err := os.Stat(f); err != nil {
					t.Errorf("table file lost: %v", err)
				}
			}
		})
	}
}

// Damaged or truncated table files are reported, naming the file, and
// never panic.
func TestOpenReportsDamagedTables(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, table string)
	}{
		{"flipped runs", func(t *testing.T, f string) {
			fi, _ := os.Stat(f)
			for _, at := range []int64{fi.Size() / 5, fi.Size() / 2, fi.Size() * 3 / 4} {
				flip(t, f, int(at), 64)
			}
		}},
		{"truncated", func(t *testing.T, f string) {
			fi, _ := os.Stat(f)
			os.Truncate(f, fi.Size()/2)
		}},
		{"tail cut", func(t *testing.T, f string) {
			fi, _ := os.Stat(f)
			os.Truncate(f, fi.Size()-3)
		}},
		{"empty", func(t *testing.T, f string) { os.Truncate(f, 0) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filledStore(t, 300)
			table := tableFiles(t, dir)[0]
			tc.damage(t, table)
			for _, o := range []Options{{ReadOnly: true}, {Create: true}} {
				s, err := Open(dir, o)
				if err == nil {
					s.Close()
				}
				wantDamage(t, err, filepath.Base(table))
			}
		})
	}
}

// crashImage returns the directory a writer killed after storing n
// articles would leave: the store's files copied while it is open.
func crashImage(t *testing.T, n int) string {
	t.Helper()
	s, dir := openTemp(t)
	fillStore(t, s, 0, n)
	crash := filepath.Join(t.TempDir(), "crashed")
	copyDir(t, dir, crash)
	s.Close()
	if mems, _ := filepath.Glob(filepath.Join(crash, "*.mem")); len(mems) == 0 {
		t.Fatal("the crash image has no memtable log")
	}
	return crash
}

func articleCount(t *testing.T, s *Store) int {
	t.Helper()
	n, _, _, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// After a crash, several read-only opens at once all succeed (one replays
// the logs while the others wait), and all see every committed article.
func TestConcurrentReadOnlyOpensAfterCrash(t *testing.T) {
	for round := range 3 {
		dir := crashImage(t, 200)
		var wg sync.WaitGroup
		errs := make([]error, 4)
		counts := make([]int, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(dir, Options{ReadOnly: true})
				if err != nil {
					errs[i] = err
					return
				}
				defer s.Close()
				counts[i], _, _, errs[i] = s.Counts()
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, reader %d: %v", round, i, err)
			}
			if counts[i] != 200 {
				t.Errorf("round %d, reader %d: %d articles, want 200", round, i, counts[i])
			}
		}
	}
}

// A memtable log damaged in the middle would be replayed only up to the
// damage, dropping the committed articles after it without a word: it is
// reported instead.
func TestOpenReportsDamagedMemtableLog(t *testing.T) {
	dir := crashImage(t, 400)
	mems, _ := filepath.Glob(filepath.Join(dir, "*.mem"))
	end := walReplayEnd(mustRead(t, mems[0]))
	if end < 100_000 {
		t.Fatalf("the log holds only %d bytes", end)
	}
	flip(t, mems[0], end/3, 64)
	for _, o := range []Options{{ReadOnly: true}, {Create: true}} {
		s, err := Open(dir, o)
		if err == nil {
			t.Logf("opened with %d articles", articleCount(t, s))
			s.Close()
		}
		wantDamage(t, err, filepath.Base(mems[0]))
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The torn tail a crash leaves in the middle of a write is not damage: the
// store opens with the articles committed before it.
func TestOpenAcceptsTornLogTail(t *testing.T) {
	dir := crashImage(t, 200)
	mems, _ := filepath.Glob(filepath.Join(dir, "*.mem"))
	b := mustRead(t, mems[0])
	end := walReplayEnd(b)
	// Cut the last transaction in half: it never committed.
	last := walHeaderSize
	for off := walHeaderSize; off < end; {
		e, ok := walEntryAt(b, off)
		if !ok {
			t.Fatal("undecodable entry before the end")
		}
		if e.meta&walBitFinTxn != 0 && e.next < end {
			last = e.next
		}
		off = e.next
	}
	clear(b[last+(end-last)/2 : end])
	if err := os.WriteFile(mems[0], b, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := articleCount(t, s); n != 150 {
		t.Errorf("%d articles after losing the last write of 50, want 150", n)
	}
}

// Two processes creating a store at once: the loser is told the store is
// in use, never that it is not a newsgraph store.
func TestConcurrentCreate(t *testing.T) {
	for round := range 20 {
		dir := filepath.Join(t.TempDir(), "db")
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(dir, Options{Create: true})
				if err == nil {
					s.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil && !errors.Is(err, ErrLocked) {
				t.Errorf("round %d, opener %d: %v, want success or ErrLocked", round, i, err)
			}
		}
	}
}

// Badger's own messages never reach stderr: what matters comes back as the
// error, in one line.
func TestNoRawBadgerLines(t *testing.T) {
	var said strings.Builder
	logOutput = &said
	defer func() { logOutput = os.Stderr }()
	dir := crashImage(t, 100)
	s, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if said.Len() > 0 {
		t.Errorf("Badger's messages were passed on: %q", said.String())
	}
}

// Verify passes a sound store and reports damaged files and an
// inconsistent graph.
func TestVerify(t *testing.T) {
	dir := filledStore(t, 200)
	r, err := Verify(dir)
	if err != nil || !r.Sound || r.Articles != 200 || r.Keys == 0 || r.Tables == 0 {
		t.Fatalf("sound store: %+v, %v", r, err)
	}

	// An article without its text.
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(txn *badgerTxn) error { return txn.Delete(textKey(fmt.Sprintf("%016x", 7))) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, err = Verify(dir)
	if err != nil || r.Sound || len(r.Problems) == 0 || !errors.Is(r.Err, ErrDamaged) {
		t.Fatalf("inconsistent store: %+v, %v", r, err)
	}
	if !strings.Contains(r.Problems[0], "has no text") {
		t.Errorf("problems %q do not name the missing text", r.Problems)
	}

	// A damaged table.
	dir = filledStore(t, 200)
	table := tableFiles(t, dir)[0]
	flip(t, table, 5000, 64)
	r, err = Verify(dir)
	if err != nil || r.Sound || len(r.Problems) != 1 || !strings.Contains(r.Problems[0], filepath.Base(table)) {
		t.Fatalf("damaged table: %+v, %v", r, err)
	}
}

func TestSpaceErrorMessage(t *testing.T) {
	err := &SpaceError{Dir: t.TempDir(), Free: 7 << 20, Need: minFree}
	msg := err.Error()
	if !strings.HasPrefix(msg, "no space left on /") || !strings.Contains(msg, ": 7 MB free, need about 40 MB") || !errors.Is(err, ErrNoSpace) {
		t.Errorf("message %q", msg)
	}
}

// FuzzMemLog feeds arbitrary bytes to the memtable log reader: it never
// panics, and the replay end lies within the log.
func FuzzMemLog(f *testing.F) {
	f.Add(make([]byte, 64))
	f.Add(append(make([]byte, walHeaderSize), 0x40, 0, 3, 1, 0, 'a', 'b', 'c', 'v', 0, 0, 0, 0))
	f.Add(append(make([]byte, walHeaderSize+8), walTxnKey...))
	f.Fuzz(func(t *testing.T, b []byte) {
		end := walReplayEnd(b)
		if end < walHeaderSize || (end > len(b) && end != walHeaderSize) {
			t.Fatalf("replay end %d outside a log of %d bytes", end, len(b))
		}
		path := filepath.Join(t.TempDir(), "00001.mem")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := checkMemLog(path); err != nil && !errors.Is(err, ErrDamaged) {
			t.Fatalf("checkMemLog: %v", err)
		}
	})
}

// FuzzBackupFrame feeds arbitrary files to the backup reader: it never
// panics and refuses what is not a whole backup.
func FuzzBackupFrame(f *testing.F) {
	f.Add([]byte(backupMagic + " schema 1\n\n" + backupTrailer + " 0 00000000\n"))
	f.Add([]byte(backupMagic + " schema 1\nxyz\n" + backupTrailer + " 3 00000000\n"))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "b.bak")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		file, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer file.Close()
		if _, _, err := readBackupFrame(file); err != nil && !errors.Is(err, ErrBadBackup) {
			t.Fatalf("readBackupFrame: %v", err)
		}
	})
}
