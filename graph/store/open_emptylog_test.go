package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOpenAfterEmptyValueLog covers a writer killed right after creating a
// value log file: the zero-length file must not make the store unusable.
func TestOpenAfterEmptyValueLog(t *testing.T) {
	s, dir := openTemp(t)
	if err := s.Update(func(tx *Txn) error { return tx.PutArticle(&graph.Article{ID: art1, Title: "t"}, "text", art1) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	logs, _ := filepath.Glob(filepath.Join(dir, "*.vlog"))
	if len(logs) == 0 {
		t.Fatal("no value log files")
	}
	// The next value log file, created and never written.
	if err := os.WriteFile(filepath.Join(dir, "999999.vlog"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// The repair is silent: what Badger said of the removed file is not
	// passed on.
	var said strings.Builder
	logOutput = &said
	defer func() { logOutput = os.Stderr }()
	for _, o := range []Options{{ReadOnly: true}, {Create: true}} {
		s, err := Open(dir, o)
		if err != nil {
			t.Fatalf("Open(%+v): %v", o, err)
		}
		ok, err := func() (bool, error) {
			_, ok, err := s.HasContent(art1)
			return ok, err
		}()
		s.Close()
		if err != nil || !ok {
			t.Fatalf("Open(%+v): article lost (%v, %v)", o, ok, err)
		}
	}
	if said.Len() > 0 {
		t.Errorf("Badger's messages were passed on: %q", said.String())
	}
}
