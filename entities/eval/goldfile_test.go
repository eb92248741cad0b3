package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/article"
)

// fileArticleText is an invented wire story as a text file: a title line,
// a date line, a dateline and two paragraphs.
const fileArticleText = `Trade team heads north

3 March 2025 10:15

KESTON, March 3 (Wirewire) - A trade delegation led by Mara Lind flew to Holt on Tuesday.

Lind said the team would stay two days.
`

// fileGold returns a gold of one article whose source is given by the
// JSON fragment src (e.g. `"file": "stories/a.txt"`).
func fileGold(src string) string {
	return `{"format": "` + Format + `", "articles": [{"id": "f1", ` + src + `,
 "entities": [{"id": "lind", "name": "Mara Lind", "type": "person", "aliases": ["Lind"]},
  {"id": "holt", "name": "Holt", "type": "place"}],
 "relations": [{"kind": "visits", "source": "lind", "target": "holt", "evidence": "led by Mara Lind flew to Holt"}]}]}`
}

// corpusDir makes a corpus directory holding stories/a.txt, a page
// stories/b.html, a JSON-lines file and a file outside the corpus that a
// symbolic link inside it points to.
func corpusDir(t *testing.T) (dir, gold string) {
	t.Helper()
	top := t.TempDir()
	dir = filepath.Join(top, "corpus")
	files := map[string]string{
		"corpus/stories/a.txt":  fileArticleText,
		"corpus/stories/b.html": "<html><head><title>Holt visit</title></head><body><article><h1>Holt visit</h1><p>A trade delegation led by Mara Lind flew to Holt on Tuesday, officials said.</p><p>She will meet the mayor.</p></article></body></html>",
		"corpus/c.jsonl":        `{"id": 1, "body": "Mara Lind flew to Holt."}` + "\n",
		"outside.txt":           fileArticleText,
	}
	for name, text := range files {
		p := filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(top, "outside.txt"), filepath.Join(dir, "stories", "link.txt")); err != nil {
		t.Fatal(err)
	}
	return dir, filepath.Join(top, "gold.json")
}

// TestLoadGoldFile checks that a file reference is read as the ingest
// path reads the file: the title line and the dateline are not in the
// text, the title and date are filled, the bytes are kept for ingest.
func TestLoadGoldFile(t *testing.T) {
	dir, goldFile := corpusDir(t)
	if err := os.WriteFile(goldFile, []byte(fileGold(`"file": "stories/a.txt"`)), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := LoadGold(goldFile, dir)
	if err != nil {
		t.Fatal(err)
	}
	a := &g.Articles[0]
	var want *article.Article
	for r, err := range article.ReadFile(filepath.Join(dir, "stories", "a.txt")) {
		if err != nil {
			t.Fatal(err)
		}
		want = r
	}
	if a.Text != want.Text || a.Title != "Trade team heads north" || a.Date != "2025-03-03T10:15" {
		t.Errorf("text %q, title %q, date %q; want %q, %q, %q", a.Text, a.Title, a.Date, want.Text, "Trade team heads north", "2025-03-03T10:15")
	}
	if strings.Contains(a.Text, "KESTON") || strings.Contains(a.Text, "heads north") || strings.Contains(a.Text, "2025") {
		t.Errorf("text keeps the dateline or title: %q", a.Text)
	}
	name, content, format, ok := a.IngestFile()
	if !ok || name != filepath.Join(dir, "stories", "a.txt") || string(content) != fileArticleText || format != article.FormatText {
		t.Errorf("IngestFile = %q, %d bytes, %q, %v", name, len(content), format, ok)
	}
	if _, _, _, ok := (&Article{ID: "x", Text: "inline"}).IngestFile(); ok {
		t.Error("an inline article reports a file")
	}
}

// TestLoadGoldFileErrors checks that every bad source is refused with an
// error naming the gold file and the article.
func TestLoadGoldFileErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"html page", `"file": "stories/b.html"`, ""},
		{"parent", `"file": "../outside.txt"`, `no ".."`},
		{"parent inside", `"file": "stories/../stories/a.txt"`, `no ".."`},
		{"absolute", `"file": "/etc/hostname.txt"`, "not absolute"},
		{"dot", `"file": "./stories/a.txt"`, `not a clean path (write "stories/a.txt")`},
		{"double slash", `"file": "stories//a.txt"`, "not a clean path"},
		{"backslash", `"file": "stories\\a.txt"`, "forward slashes"},
		{"json lines", `"file": "c.jsonl"`, "text, Markdown or HTML"},
		{"missing", `"file": "stories/none.txt"`, "no such file"},
		{"symbolic link out", `"file": "stories/link.txt"`, "escapes"},
		{"file and text", `"file": "stories/a.txt", "text": "Mara Lind flew to Holt."`, "gives text and file"},
		{"file and corpus", `"file": "stories/a.txt", "corpus": "c.jsonl", "corpus_id": "1"`, "gives corpus and file"},
		{"corpus alone", `"corpus": "c.jsonl"`, "corpus and corpus_id go together"},
		{"nothing", `"title": "Holt"`, "no text (give one of"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, goldFile := corpusDir(t)
			if err := os.WriteFile(goldFile, []byte(fileGold(tc.src)), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadGold(goldFile, dir)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), goldFile+`: article "f1"`) {
				t.Errorf("error %v, want one naming %s, article f1 and %q", err, goldFile, tc.want)
			}
		})
	}
}
