package article

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// result is one item yielded by ReadFile, as stored in a golden file.
type result struct {
	Article *Article `json:"article,omitempty"`
	ID      string   `json:"id,omitempty"`
	Error   string   `json:"error,omitempty"`
}

// readAll collects everything ReadFile yields for path.
func readAll(t *testing.T, path string) []result {
	t.Helper()
	var out []result
	for a, err := range ReadFile(path) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("%s: error %v is not an *Error", path, err)
			}
			out = append(out, result{Error: err.Error()})
			continue
		}
		out = append(out, result{Article: a, ID: ID(a.Text)})
	}
	return out
}

// TestGolden reads every article file in testdata and compares what
// ReadFile yields with testdata/golden/<name>.golden (run with -update to
// rewrite them). It also checks that each article's Text is already clean.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.*")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no test inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			got := readAll(t, in)
			for _, r := range got {
				if r.Article != nil && Clean(r.Article.Text) != r.Article.Text {
					t.Errorf("Text is not a fixpoint of Clean:\n%s", r.Article.Text)
				}
			}
			data, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			data = append(data, '\n')
			golden := filepath.Join("testdata", "golden", filepath.Base(in)+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(data) != string(want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", golden, data)
			}
		})
	}
}

func TestID(t *testing.T) {
	base := ID("India sent seven delegations.\n\nPakistan sent two.")
	same := []string{
		"India sent seven delegations.\r\n\r\nPakistan sent two.",
		"  India  sent seven\tdelegations. Pakistan sent two.  ",
		"India sent seven delegations.\u00a0Pakistan sent two.",
	}
	for _, s := range same {
		if got := ID(s); got != base {
			t.Errorf("ID(%q) = %s, want %s", s, got, base)
		}
	}
	// NFC: "é" precomposed and decomposed are the same text.
	if ID("caf\u00e9") != ID("cafe\u0301") {
		t.Error("ID differs between NFC and NFD forms")
	}
	if ID("India sent six delegations.") == base {
		t.Error("different texts share an ID")
	}
	if len(base) != 16 {
		t.Errorf("ID length = %d, want 16 hex digits", len(base))
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]string{
		"a.txt": "text", "b.MD": "text", "c.markdown": "text", "d.text": "text",
		"e.html": "html", "f.htm": "html", "g.json": "json", "h.jsonl": "jsonl",
		"i.ndjson": "jsonl", "j.pdf": "", "noext": "",
	}
	for name, want := range tests {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestBadInput checks the errors for input that holds no readable article.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name, format, content string
		want                  error
		msg                   string // a substring of the message
	}{
		{"empty.txt", "text", "", ErrEmpty, "empty.txt: empty file"},
		{"blank.txt", "text", " \n\t\n", ErrEmpty, ""},
		{"nul.txt", "text", "Title\n\nSome text\x00with a NUL byte.", ErrBinary, "binary"},
		{"controls.txt", "text", strings.Repeat("\x01\x02\x03\x04abc", 100), ErrBinary, ""},
		{"latin1.txt", "text", "Title\n\nCaf\xe9 society returns to the square.", ErrInvalidUTF8, "invalid UTF-8 at byte 10"},
		{"furniture.txt", "text", "Advertisement\n\n||\n\nShare this\n", ErrNoText, "no article text"},
		{"empty.json", "json", "[]", nil, ""},
		{"scalar.json", "json", `"just a string"`, ErrNotObject, ""},
		{"broken.json", "json", `{"title": "x", "text": `, ErrMalformedJSON, "malformed JSON: unexpected end of input"},
		{"notext.json", "json", `{"title": "x"}`, ErrNoText, ""},
		{"x.doc", "docx", "whatever", ErrFormat, "unknown format"},
		{"bin.jsonl", "jsonl", "\x00\x01\x02\x03", ErrBinary, ""},
		{"empty.jsonl", "jsonl", "\n\n", ErrEmpty, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []error
			for a, err := range Read(strings.NewReader(tt.content), tt.name, tt.format) {
				if err != nil {
					errs = append(errs, err)
				} else if tt.want != nil {
					t.Errorf("got article %+v, want error %v", a, tt.want)
				}
			}
			if tt.want == nil {
				if len(errs) > 0 {
					t.Errorf("got errors %v, want none", errs)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("got %d errors %v, want one", len(errs), errs)
			}
			var e *Error
			if !errors.As(errs[0], &e) || e.Path != tt.name {
				t.Errorf("error %v is not an *Error for %s", errs[0], tt.name)
			}
			if !errors.Is(errs[0], tt.want) {
				t.Errorf("error %v, want %v", errs[0], tt.want)
			}
			if !strings.Contains(errs[0].Error(), tt.msg) {
				t.Errorf("error %q does not contain %q", errs[0], tt.msg)
			}
		})
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		path string
		want error
	}{
		{big, ErrTooLarge},
		{filepath.Join(dir, "missing.txt"), os.ErrNotExist},
	}
	for _, tt := range tests {
		n := 0
		for _, err := range ReadFile(tt.path) {
			n++
			if !errors.Is(err, tt.want) {
				t.Errorf("ReadFile(%s): %v, want %v", tt.path, err, tt.want)
			}
			if err != nil && strings.Count(err.Error(), tt.path) != 1 {
				t.Errorf("message %q should name the path once", err)
			}
		}
		if n != 1 {
			t.Errorf("ReadFile(%s) yielded %d items, want 1", tt.path, n)
		}
	}
}

// TestSniff checks that content with an unknown extension is read by its
// shape, and binary content is refused.
func TestSniff(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"page.dat":  "<!doctype html><html><head><title>Quiet day at the port</title></head><body><p>Nothing much happened at the port today, and the ships came and went as they always do.</p></body></html>",
		"one.dat":   `{"title": "One", "text": "A single object with some text in it."}`,
		"lines.dat": "{\"text\": \"First line article.\"}\n{\"text\": \"Second line article.\"}\n",
		"plain":     "A headline\n\nA paragraph of ordinary text follows the headline here.",
		"image.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
	}
	want := map[string]string{"page.dat": "Quiet day at the port", "one.dat": "One", "lines.dat": "", "plain": "A headline"}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		var titles []string
		var errs []error
		for a, err := range ReadFile(p) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			titles = append(titles, a.Title)
		}
		if name == "image.png" {
			if len(errs) != 1 || !errors.Is(errs[0], ErrBinary) {
				t.Errorf("%s: errors %v, want ErrBinary", name, errs)
			}
			continue
		}
		if len(errs) > 0 || len(titles) == 0 || titles[0] != want[name] {
			t.Errorf("%s: titles %q errors %v, want title %q", name, titles, errs, want[name])
		}
		if name == "lines.dat" && len(titles) != 2 {
			t.Errorf("%s: %d articles, want 2", name, len(titles))
		}
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Path: "articles/x.txt", Err: ErrEmpty}, "articles/x.txt: empty file"},
		{&Error{Path: "feed.jsonl", Line: 17, Err: ErrNoText}, "feed.jsonl:17: no article text"},
		{&Error{Err: ErrBinary}, "binary content, not text"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("errors.Is(%v, %v) = false", tt.err, tt.err.Err)
		}
	}
}

// TestStopEarly checks that the iterators stop when the caller breaks.
func TestStopEarly(t *testing.T) {
	n := 0
	for range ReadFile("testdata/feed.jsonl") {
		n++
		break
	}
	for range Files([]string{"testdata"}) {
		n++
		break
	}
	if n != 2 {
		t.Errorf("n = %d", n)
	}
}

// TestIDDefinition checks ID against its definition: the SHA-256 of the
// NFC text's words joined by single spaces, the first 8 bytes in hex.
func TestIDDefinition(t *testing.T) {
	long := strings.Repeat("word\t\n  wörd ", 2000) + strings.Repeat("x", 5000) + " end"
	for _, s := range []string{"", "  ", "one", " one  two\n\nthree ", "cafe\u0301 \u00a0 bar", long, strings.Repeat("y", 4096), "a " + strings.Repeat("y", 4095)} {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(norm.NFC.String(s)), " ")))
		if got, want := ID(s), hex.EncodeToString(sum[:8]); got != want {
			t.Errorf("ID(%.40q) = %s, want %s", s, got, want)
		}
	}
}
