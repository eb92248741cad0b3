package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

// TestOpenAfterKilledCreate opens stores left by a writer killed while
// creating them: before Badger wrote its MANIFEST, and before the
// newsgraph magic was stored. Readers are told there is no store yet; a
// writer finishes creating it.
func TestOpenAfterKilledCreate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		leave func(t *testing.T, dir string)
	}{
		{"no manifest", func(t *testing.T, dir string) {
			// Badger writes its pid file, then the MANIFEST.
			os.MkdirAll(dir, 0o755)
			if err := os.WriteFile(filepath.Join(dir, "LOCK"), []byte("999999999\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"no magic", func(t *testing.T, dir string) {
			db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			tc.leave(t, dir)
			if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
				t.Fatalf("read-only open: %v, want ErrNoStore", err)
			}
			s, err := Open(dir, Options{Create: true})
			if err != nil {
				t.Fatalf("creating open: %v", err)
			}
			if err := s.Update(func(tx *Txn) error { return tx.PutArticle(&graph.Article{ID: art1}, "text", art1) }); err != nil {
				t.Fatal(err)
			}
			s.Close()
			s, err = Open(dir, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Check(); err != nil {
				t.Fatal(err)
			}
		})
	}
	// A directory with other files is still not taken for a store.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "KEYREGISTRY"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644)
	if _, err := Open(dir, Options{Create: true}); !errors.Is(err, ErrNotStore) {
		t.Fatalf("foreign directory: %v, want ErrNotStore", err)
	}
}

// TestOpenWithEmptyMemLog opens a store that a writer killed while it was
// starting a new memtable log left with an empty one: the log holds no
// transaction, so the store is sound and opens, read-only and writable.
func TestOpenWithEmptyMemLog(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(dir, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(func(tx *Txn) error { return tx.PutArticle(&graph.Article{ID: art1}, "text", art1) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.WriteFile(filepath.Join(dir, "00099.mem"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{true, false} {
		s, err := Open(dir, Options{ReadOnly: ro})
		if err != nil {
			t.Fatalf("open (read-only %v) with an empty memtable log: %v", ro, err)
		}
		if _, err := s.Check(); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}
