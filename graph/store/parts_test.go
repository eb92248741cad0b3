package store

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// smallMemTable makes transactions small (15% of 1 MB: 1,637 entries),
// so a test write needs several.
const smallMemTable = 1 << 20

// partsKeys is how many keys the big write of the tests sets: more than
// four transactions of a store with smallMemTable hold.
const partsKeys = 4000

func openSmall(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir, Options{Create: true, MemTableSize: smallMemTable})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// seedParts stores what the big write will overwrite and delete, and
// keys it leaves alone.
func seedParts(t *testing.T, s *Store) {
	t.Helper()
	if err := s.Update(func(tx *Txn) error {
		for i := range 300 {
			if err := tx.set([]byte(fmt.Sprintf("test/%06d", i*10)), []byte("old "+strconv.Itoa(i))); err != nil {
				return err
			}
		}
		return tx.set([]byte("test/untouched"), []byte("kept"))
	}); err != nil {
		t.Fatal(err)
	}
}

// bigWrite sets partsKeys keys (some of them twice: the journal keeps the
// value from before the whole write) and deletes some seeded ones.
func bigWrite(tx *Txn) error {
	for i := range partsKeys {
		if err := tx.set([]byte(fmt.Sprintf("test/%06d", i)), []byte("new "+strconv.Itoa(i))); err != nil {
			return err
		}
	}
	for i := range 100 {
		if err := tx.set([]byte(fmt.Sprintf("test/%06d", i)), []byte("again")); err != nil {
			return err
		}
		if err := tx.del([]byte(fmt.Sprintf("test/%06d", 1000+i*10))); err != nil {
			return err
		}
	}
	return nil
}

// checkWhole checks that the store holds the big write whole, and no
// trace of how it was written (with journal, no journal either: a
// read-only open leaves the journal a finished write had no time to
// delete, which nothing reads, for the next writer to delete).
func checkWhole(t *testing.T, s *Store, journal bool) {
	t.Helper()
	d := dump(t, s)
	for i := range partsKeys {
		want := "new " + strconv.Itoa(i)
		switch {
		case i < 100:
			want = "again"
		case i >= 1000 && i < 2000 && i%10 == 0:
			want = ""
		}
		if got := d[fmt.Sprintf("test/%06d", i)]; got != want {
			t.Fatalf("test/%06d = %q, want %q", i, got, want)
		}
	}
	noTrace(t, d, journal)
}

func noTrace(t *testing.T, d map[string]string, journal bool) {
	t.Helper()
	for k := range d {
		if k == pMeta+metaPartial || journal && len(k) >= 2 && k[:2] == pJournal {
			t.Fatalf("the store holds %q after the write", k)
		}
	}
}

// TestUpdateInParts writes what one transaction cannot hold: Update
// refuses it, UpdateInParts stores it whole over several transactions,
// with the write cache on as ingest has it.
func TestUpdateInParts(t *testing.T) {
	s := openSmall(t, filepath.Join(t.TempDir(), "db"))
	defer s.Close()
	s.CacheWrites(1 << 20)
	seedParts(t, s)
	if err := s.Update(bigWrite); !errors.Is(err, ErrTxnTooBig) {
		t.Fatalf("Update: %v, want ErrTxnTooBig", err)
	}
	n := 0
	afterPart = func(_ *Store, part int) error { n = part; return nil }
	defer func() { afterPart = nil }()
	if err := s.UpdateInParts(bigWrite); err != nil {
		t.Fatal(err)
	}
	if n < 4 {
		t.Errorf("written in %d parts, want at least 4", n)
	}
	checkWhole(t, s, true)
	if d := dump(t, s); d["test/untouched"] != "kept" {
		t.Errorf("test/untouched = %q", d["test/untouched"])
	}
	// The write cache serves what the parts wrote.
	if err := s.Update(func(tx *Txn) error {
		v, err := tx.get([]byte("test/000005"))
		if string(v) != "again" {
			return fmt.Errorf("read back %q, %v", v, err)
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
}

// TestUpdateInPartsRollsBack fails a write in parts after some of its
// parts committed: the store is then exactly what it was, byte for byte
// (the graph version included), and a later write sees it so.
func TestUpdateInPartsRollsBack(t *testing.T) {
	stop := errors.New("stopped")
	for _, tc := range []struct {
		name string
		fn   func(tx *Txn) error
		hook func(n int) error
	}{
		{"the write fails", func(tx *Txn) error {
			if err := bigWrite(tx); err != nil {
				return err
			}
			return stop
		}, nil},
		{"a part fails to commit", bigWrite, func(n int) error {
			if n == 2 {
				return stop
			}
			return nil
		}},
		{"the write panics", func(tx *Txn) error {
			if err := bigWrite(tx); err != nil {
				return err
			}
			panic(stop)
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openSmall(t, filepath.Join(t.TempDir(), "db"))
			defer s.Close()
			s.CacheWrites(1 << 20)
			seedParts(t, s)
			before := dump(t, s)
			afterPart = func(_ *Store, n int) error {
				if tc.hook != nil {
					return tc.hook(n)
				}
				return nil
			}
			defer func() { afterPart = nil }()
			run := func() (err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
					}
				}()
				return s.UpdateInParts(tc.fn)
			}
			if err := run(); err == nil {
				t.Fatal("UpdateInParts succeeded")
			}
			if after := dump(t, s); !maps.Equal(before, after) {
				t.Fatalf("the store changed: %d keys before, %d after", len(before), len(after))
			}
			// The write cache forgot the parts rolled back.
			if err := s.Update(func(tx *Txn) error {
				v, err := tx.get([]byte("test/000010"))
				if string(v) != "old 1" {
					return fmt.Errorf("read back %q, %v", v, err)
				}
				_, err = tx.get([]byte("test/000011"))
				if !errors.Is(err, badger.ErrKeyNotFound) {
					return fmt.Errorf("test/000011: %v, want absent", err)
				}
				return nil
			}); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestUpdateInPartsCrash takes what a writer killed after each part would
// leave (the store's files copied while it is open, as crashImage does):
// opened, read-only or for writing, the store holds either none of the
// write or all of it, never part, and Verify (newsgraph doctor) finds it
// sound.
func TestUpdateInPartsCrash(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s := openSmall(t, dir)
	s.CacheWrites(1 << 20)
	seedParts(t, s)
	before := dump(t, s)
	images := map[int]string{}
	last := 0
	afterPart = func(_ *Store, n int) error {
		last = n
		images[n] = filepath.Join(t.TempDir(), "crash"+strconv.Itoa(n))
		copyDir(t, dir, images[n])
		return nil
	}
	defer func() { afterPart = nil }()
	if err := s.UpdateInParts(bigWrite); err != nil {
		t.Fatal(err)
	}
	if last < 4 {
		t.Fatalf("%d parts", last)
	}
	s.Close()
	for n, img := range images {
		if n > 2 && n < last {
			continue // the first parts and the last tell
		}
		for _, readOnly := range []bool{true, false} {
			copyDir(t, img, img+"-open")
			s, err := Open(img+"-open", Options{ReadOnly: readOnly, MemTableSize: smallMemTable})
			if err != nil {
				t.Fatalf("after part %d, read-only %v: %v", n, readOnly, err)
			}
			if n == last {
				checkWhole(t, s, !readOnly) // the last part is the commit
			} else if d := dump(t, s); !maps.Equal(before, d) {
				t.Errorf("after part %d of %d, read-only %v: part of the write is visible (%d keys, %d before)", n, last, readOnly, len(d), len(before))
			}
			if _, err := s.Check(); err != nil {
				t.Error(err)
			}
			s.Close()
			if r, err := Verify(img + "-open"); err != nil || len(r.Problems) > 0 {
				t.Errorf("after part %d: Verify: %v %v", n, err, r.Problems)
			}
			os.RemoveAll(img + "-open")
		}
	}
}

// TestUpdateInPartsKilled kills (SIGKILL) a process in the middle of a
// write in parts, after its second part committed: the store opens with
// no trace of the write.
func TestUpdateInPartsKilled(t *testing.T) {
	if dir := os.Getenv("NEWSGRAPH_PARTS_CHILD"); dir != "" {
		s := openSmall(t, dir)
		afterPart = func(_ *Store, n int) error {
			if n == 2 {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
			return nil
		}
		s.UpdateInParts(bigWrite)
		t.Fatal("not killed")
	}
	dir := filepath.Join(t.TempDir(), "db")
	s := openSmall(t, dir)
	seedParts(t, s)
	before := dump(t, s)
	s.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestUpdateInPartsKilled$")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_PARTS_CHILD="+dir)
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child: %v, want killed", err)
	}
	s, err = Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if d := dump(t, s); !maps.Equal(before, d) {
		t.Fatalf("part of the write is visible: %d keys, %d before", len(d), len(before))
	}
	if _, err := s.Check(); err != nil {
		t.Error(err)
	}
}
