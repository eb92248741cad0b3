package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot returns the directory holding go.mod, above the test's
// directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// sharedDir returns ../shared/<rel> beside the repository, or skips the
// test when it is absent (the shared data is never part of the project).
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(repoRoot(t), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s not found beside the repository (%v); skipping", p, err)
	}
	return p
}

// TestSeeds reads the three seed articles (news pages saved as text, kept
// outside the project) and checks that their page furniture is gone and
// their body is kept.
func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "corpus/seeds")
	seeds, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(seeds) < 3 {
		t.Skipf("expected 3 seeds in %s, found %d", dir, len(seeds))
	}
	// Per seed: the paragraphs of Text, a sentence from the first and the
	// last body paragraph, and the metadata read from the page.
	want := map[string]struct {
		paragraphs  int
		first, last string
		date, by    string
		place       string
	}{
		"000_c92c25e2898ec6d4.txt": {11, "In what analysts are calling a reactive", "the world watches to see whether it brings substance", "2025-05-18T05:52", "Amin Masoodi", ""},
		"002_e66651a24d4c522c.txt": {27, "Pakistan is mounting a wide-ranging diplomatic campaign", "John Brittas of the CPM added", "", "", "New Delhi"},
		"004_53326ce677bec9a4.txt": {9, "Pakistan has launched a comprehensive global diplomatic campaign", "The initiative underscores Islamabad", "", "", ""},
	}
	// Lines a reader of the article never needs (only this test names them).
	furniture := []string{"Advertisement", "Also Read", "No comments:", "Post a Comment", "||",
		"Connecting Communities, One Page at a Time."}
	for _, path := range seeds {
		name := filepath.Base(path)
		w, ok := want[name]
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			var a *Article
			for got, err := range ReadFile(path) {
				if err != nil {
					t.Fatal(err)
				}
				a = got
			}
			if a.Title == "" || strings.Contains(a.Text, a.Title) {
				t.Errorf("title %q missing or repeated in the text", a.Title)
			}
			paras := strings.Split(a.Text, "\n\n")
			for _, p := range paras {
				for _, f := range furniture {
					if p == f {
						t.Errorf("furniture line kept: %q", p)
					}
				}
				for _, f := range []string{"Follow us", "Track Latest News", "Listen to the latest songs"} {
					if strings.Contains(p, f) {
						t.Errorf("furniture kept: %q", p)
					}
				}
			}
			if len(paras) != w.paragraphs {
				t.Errorf("%d paragraphs, want %d", len(paras), w.paragraphs)
			}
			if !strings.Contains(a.Text, w.first) || !strings.Contains(a.Text, w.last) {
				t.Errorf("body sentences lost (%q, %q)", w.first, w.last)
			}
			if a.Date != w.date || a.Byline != w.by || a.Place != w.place {
				t.Errorf("date %q byline %q place %q, want %q %q %q", a.Date, a.Byline, a.Place, w.date, w.by, w.place)
			}
			if Clean(a.Text) != a.Text {
				t.Error("Text is not a fixpoint of Clean")
			}
		})
	}
}

// TestSamples reads every sample article shipped for the demo.
func TestSamples(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "data", "samples")
	paths, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range paths {
		if filepath.Base(p) == "README.md" {
			continue
		}
		for a, err := range ReadFile(p) {
			if err != nil {
				t.Errorf("%v", err)
				continue
			}
			n++
			words := len(strings.Fields(a.Text))
			if a.Title == "" || a.Date == "" || words < 250 || words > 500 {
				t.Errorf("%s: title %q date %q, %d words (want a title, a date and 250–500 words)", p, a.Title, a.Date, words)
			}
			for _, f := range []string{"Advertisement", "Also Read", "Related Posts", "Facebook", "©", "Follow us", "Newsgraph Samples"} {
				if strings.Contains(a.Text, f) {
					t.Errorf("%s: furniture %q kept", p, f)
				}
			}
		}
	}
	if n < 4 || n > 5 {
		t.Errorf("read %d sample articles, want 4 or 5", n)
	}
}

// TestCorpora reads the shared news corpora end to end: every line either
// gives an article or an *Error, and most give articles.
func TestCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 24,000 articles")
	}
	for _, name := range []string{"reuters21578.jsonl", "bbc_news.jsonl"} {
		path := sharedDir(t, filepath.Join("corpus", name))
		ok, bad := 0, 0
		for a, err := range ReadFile(path) {
			if err != nil {
				if !errors.Is(err, ErrNoText) {
					t.Errorf("%v", err)
				}
				bad++
				continue
			}
			if a.Title == "" || a.Line == 0 {
				t.Errorf("%s:%d: no title or line", path, a.Line)
			}
			ok++
		}
		if ok < 5*bad {
			t.Errorf("%s: %d articles, %d errors", name, ok, bad)
		}
	}
}
