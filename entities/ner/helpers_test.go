package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// sharedFile returns the path of a file under ../shared beside the
// repository, or skips the test when it is absent.
func sharedFile(t testing.TB, rel string) string {
	t.Helper()
	p, why := findShared(t, rel)
	if p == "" {
		t.Skip(why)
	}
	return p
}

// findShared returns the path of a file under ../shared beside the
// repository, or "" and why not.
func findShared(t testing.TB, rel string) (string, string) {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", "skipping: repository root not found"
		}
		dir = parent
	}
	p := filepath.Join(filepath.Dir(dir), "shared", rel)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Sprintf("skipping: %s not found (third-party data lives in ../shared beside the repository)", p)
	}
	return p, ""
}

// readDocs reads a CoNLL file as documents of tokens and gold tags.
func readDocs(t testing.TB, path string) []Example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, err := ReadCoNLL(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var exs []Example
	for _, d := range Documents(lines) {
		exs = append(exs, Example{Sents: Column(lines, d, 0), Tags: Column(lines, d, -1)})
	}
	return exs
}
