package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// readShared reads a treebank of ../shared/ud, skipping the test when the
// shared data is absent.
func readShared(tb testing.TB, name string) []*Sentence {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "ud", name)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("shared data absent (%v): this test needs ../shared/ud", err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// readSharedOptional reads a treebank of ../shared/ud, or returns nil.
func readSharedOptional(name string) []*Sentence {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "ud", name))
	if err != nil {
		return nil
	}
	defer f.Close()
	s, _ := ReadCoNLLU(f, name)
	return s
}
