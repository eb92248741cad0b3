package ingesttest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Story is a short article in the text format: a title line, a byline line
// and two paragraphs naming people, a party, countries and cities.
const Story = `Delegation heads to Europe
Staff Reporter | 20 May 2025 | Islamabad

Prime Minister Shehbaz Sharif has asked former Foreign Minister Bilawal Bhutto Zardari to lead a delegation to London and Brussels.

Pakistan Peoples Party Chairman Bilawal Bhutto Zardari said the delegation would meet officials of the United Nations. Mr Zardari added that Pakistan wanted peace with India.
`

// WriteFile writes content to dir/name and returns the path.
func WriteFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// SharedDir returns the path of ../shared beside the repository (found
// from the working directory up to go.mod), or "" when it is absent.
func SharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
	p := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// SharedCorpus returns the path of a corpus file in ../shared, or skips.
func SharedCorpus(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(SharedDir(), "corpus", name)
	if _, err := os.Stat(p); SharedDir() == "" || err != nil {
		t.Skipf("skipping: corpus %s not found (needs ../shared beside the repository)", name)
	}
	return p
}

// HeadLines writes the first n lines of src into dst and returns dst.
func HeadLines(t testing.TB, src, dst string, n int) string {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// SampleInputs writes the embedded sample articles into a directory,
// with a duplicate file, a JSON array and a bad JSONL line (line 2 of
// sub/more.jsonl) added, and returns the directory.
func SampleInputs(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(data.Samples, "samples/*")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, name := range names {
		if strings.HasSuffix(name, "README.md") {
			continue
		}
		b, err := fs.ReadFile(data.Samples, name)
		if err != nil {
			t.Fatal(err)
		}
		WriteFile(t, dir, filepath.Base(name), string(b))
		for a, err := range article.Read(bytes.NewReader(b), name, article.FormatOf(name)) {
			if err == nil {
				texts = append(texts, a.Text)
			}
		}
	}
	// The same texts again, as a JSON array and as JSON lines with a bad
	// line: unchanged in a serial run, and so in the pipeline.
	var arr []map[string]string
	var lines []string
	for i, s := range texts {
		arr = append(arr, map[string]string{"title": "Copy", "text": s})
		if i == 1 {
			lines = append(lines, "{not json")
		}
		b, _ := json.Marshal(map[string]string{"text": s + " Shehbaz Sharif met Narendra Modi in Paris."})
		lines = append(lines, string(b))
	}
	b, _ := json.Marshal(arr)
	WriteFile(t, filepath.Join(dir, "sub"), "copies.json", string(b))
	WriteFile(t, filepath.Join(dir, "sub"), "more.jsonl", strings.Join(lines, "\n")+"\n")
	WriteFile(t, dir, "copy.txt", Story)
	WriteFile(t, dir, "dup.txt", Story)
	return dir
}

// GraphJSON opens a store read-only, checks it and returns its graph as
// JSON, with all evidence: two stores with equal GraphJSON hold the same
// graph.
func GraphJSON(t testing.TB, db string) []byte {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Check(); err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(store.LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(g, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// SameGraph fails the test when two GraphJSON documents differ, showing
// where.
func SameGraph(t testing.TB, what string, want, got []byte) {
	t.Helper()
	if !bytes.Equal(want, got) {
		i := 0
		for i < len(want) && i < len(got) && want[i] == got[i] {
			i++
		}
		lo := max(0, i-200)
		t.Fatalf("%s: graph differs from the reference at byte %d:\nwant: %q\ngot:  %q", what, i, want[lo:min(len(want), i+200)], got[lo:min(len(got), i+200)])
	}
}
