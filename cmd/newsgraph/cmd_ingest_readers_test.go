package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
)

// testReaders checks that query commands share the store, and that a
// command that cannot get it says who holds it, in one line, and exits 2.
func testReaders(t *testing.T, bin string) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	writeFile(t, dir, "story.txt", story)
	runBin(t, bin, db, 0, "ingest", "-q", filepath.Join(dir, "story.txt"))

	// Several readers at once, while this process holds the store
	// read-only too.
	held, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := [][]string{{"stats"}, {"entities", "--json"}, {"show", "Bilawal Bhutto Zardari"}}[i%3]
			out, err := exec.Command(bin, append([]string{"--db", db}, args...)...).CombinedOutput()
			if err != nil {
				errs <- fmt.Errorf("%s: %v: %s", args[0], err, out)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	// A writer cannot join readers: it names a reader and exits 2.
	_, stderr := runBin(t, bin, db, exitStore, "ingest", filepath.Join(dir, "story.txt"))
	pid := fmt.Sprint(os.Getpid())
	oneLine(t, stderr, "in use by another process", "pid "+pid)
	held.Close()

	// A reader cannot join a writer: it names the writer and exits 2.
	w, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	_, stderr = runBin(t, bin, db, exitStore, "stats")
	oneLine(t, stderr, "in use by another process", "held by pid "+pid)
}

// oneLine checks that s is one line holding every fragment.
func oneLine(t *testing.T, s string, frags ...string) {
	t.Helper()
	if strings.Count(s, "\n") != 1 || !strings.HasSuffix(s, "\n") {
		t.Errorf("message %q is not one line", s)
	}
	for _, f := range frags {
		if !strings.Contains(s, f) {
			t.Errorf("message %q does not say %q", s, f)
		}
	}
}
