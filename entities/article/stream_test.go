package article

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// streamInputs are one small article in each format, by file name.
var streamInputs = map[string]string{
	"story.txt":   "Harbour reopens\n\nThe harbour of Kalmar reopened on Monday after the storm, officials said.\n",
	"story.md":    "# Harbour reopens\n\nThe harbour of Kalmar reopened on Monday after the storm, officials said.\n",
	"story.html":  "<html><head><title>Harbour reopens</title></head><body><article><p>The harbour of Kalmar reopened on Monday after the storm, officials said.</p></article></body></html>",
	"story.json":  `{"title": "Harbour reopens", "text": "The harbour of Kalmar reopened on Monday after the storm, officials said."}`,
	"story.jsonl": "{\"title\": \"Harbour reopens\", \"text\": \"The harbour of Kalmar reopened on Monday after the storm, officials said.\"}\n{\"title\": \"Ferries resume\", \"text\": \"Ferries to the island resumed on Tuesday, the operator said.\"}\n",
}

// readLines reads a file into "title|text" lines and error lines.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	for a, err := range ReadFile(path) {
		if err != nil {
			out = append(out, "error: "+err.Error())
			continue
		}
		out = append(out, a.Title+"|"+a.Text)
	}
	return out
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// utf16With encodes s as UTF-16 in the byte order given, with its mark.
func utf16With(s string, order binary.AppendByteOrder) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune("\uFEFF" + s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

// TestReadEncodings reads each format gzipped (named .gz or not: the
// content tells) and in UTF-16 of both byte orders (also gzipped): each
// gives the articles of the plain UTF-8 file.
func TestReadEncodings(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for name, s := range streamInputs {
		want := readLines(t, write(name, []byte(s)))
		if len(want) == 0 || strings.HasPrefix(want[0], "error") {
			t.Fatalf("%s: plain UTF-8 gives %q", name, want)
		}
		variants := map[string][]byte{
			name + ".gz":         gzipped(t, s),
			"gz-unnamed-" + name: gzipped(t, s),
			"le-" + name:         utf16With(s, binary.LittleEndian),
			"be-" + name:         utf16With(s, binary.BigEndian),
			"le-" + name + ".gz": gzipped(t, string(utf16With(s, binary.LittleEndian))),
		}
		for vname, data := range variants {
			got := readLines(t, write(vname, data))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s gives\n%q\nwant\n%q", vname, got, want)
			}
		}
	}
}

// TestReadDamagedGzip: truncated gzip data is reported as such, naming
// the file, in every format.
func TestReadDamagedGzip(t *testing.T) {
	dir := t.TempDir()
	for name, s := range streamInputs {
		z := gzipped(t, s+strings.Repeat(" The storm had closed it for a week.", 50))
		p := filepath.Join(dir, name+".gz")
		if err := os.WriteFile(p, z[:len(z)/2], 0o644); err != nil {
			t.Fatal(err)
		}
		var errs []error
		for _, err := range ReadFile(p) {
			if err != nil {
				errs = append(errs, err)
			}
		}
		if len(errs) == 0 || !errors.Is(errs[len(errs)-1], ErrGzip) || !strings.HasPrefix(errs[len(errs)-1].Error(), p+":") {
			t.Errorf("%s truncated: errors %v, want one naming the file and %q", name, errs, ErrGzip)
		}
	}
}

// TestJSONFieldTypes: an article whose field holds the wrong type is
// reported with its line and the field, and not read; the other lines are.
func TestJSONFieldTypes(t *testing.T) {
	lines := []string{
		`{"title": "Harbour reopens", "text": "The harbour reopened on Monday, officials said."}`,
		`{"title": 1, "text": "A title that is a number."}`,
		`{"title": "Numbers as text", "text": [1, 2]}`,
		`{"title": "Paragraphs", "text": ["First paragraph here.", "Second paragraph here."], "id": 17, "date": 1700000000}`,
		`{"title": "A flag", "text": "The body.", "source": true}`,
		`{"title": "Nested", "text": [["a"]]}`,
		`{"Title": false, "text": "Other case."}`,
		`{"title": null, "text": "A null title is no title.", "authors": [{"name": "A. Writer"}]}`,
	}
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := readLines(t, p)
	want := []string{
		"Harbour reopens|The harbour reopened on Monday, officials said.",
		"error: " + p + `:2: field "title" is a number, want a string`,
		"error: " + p + `:3: field "text" is an array holding a number, want a string`,
		"Paragraphs|First paragraph here.\n\nSecond paragraph here.",
		"error: " + p + `:5: field "source" is a boolean, want a string`,
		"error: " + p + `:6: field "text" is an array holding an array, want a string`,
		"error: " + p + `:7: field "Title" is a boolean, want a string`,
		"|A null title is no title.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var n int
	for _, err := range ReadFile(p) {
		if errors.Is(err, ErrFieldType) {
			n++
		}
	}
	if n != 5 {
		t.Errorf("%d errors are ErrFieldType, want 5", n)
	}
}

// TestJSONArrayPieces: a JSON array is split into one piece per element,
// each numbered by its line, so that an ingest reads them in parallel and
// can stop between two.
func TestJSONArrayPieces(t *testing.T) {
	s := "[\n  {\"title\": \"One\", \"text\": \"The first article text.\"},\n  {\"title\": \"Two\", \"text\": \"The second article text.\"},\n  {\"title\": \"Three\", \"text\": \"The third article text.\"}\n]\n"
	var lines []int
	for p, err := range ReaderPieces(strings.NewReader(s), "list.json", "json") {
		if err != nil {
			t.Fatal(err)
		}
		for a, err := range p.Articles() {
			if err != nil || a.Line != p.Line {
				t.Fatalf("piece at line %d: %v, %+v", p.Line, err, a)
			}
		}
		lines = append(lines, p.Line)
	}
	if len(lines) != 3 || lines[0] != 2 || lines[1] != 3 || lines[2] != 4 {
		t.Errorf("pieces at lines %v, want [2 3 4]", lines)
	}
}
