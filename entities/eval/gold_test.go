package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldPath is the project's development gold.
var goldPath = filepath.Join("testdata", "relations", "gold.json")

// TestGoldFile checks the gold against its own rules and the corpus texts:
// every evidence quote is in its article, every entity and kind is known.
func TestGoldFile(t *testing.T) {
	g, err := LoadGold(goldPath, filepath.Join("..", "..", "..", "shared", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	var dev, check, rels int
	for _, a := range g.Articles {
		if a.Split == Check {
			check++
		} else {
			dev++
		}
		rels += len(a.Relations)
	}
	t.Logf("%d articles (%d dev, %d check), %d relations", len(g.Articles), dev, check, rels)
	if dev < 40 || check < 25 || rels < 200 {
		t.Errorf("gold too small: %d dev, %d check articles, %d relations", dev, check, rels)
	}
}

// FuzzLoadGold checks that any input gives a gold or an error naming the
// file, never a panic, and that an accepted gold passes its own check.
func FuzzLoadGold(f *testing.F) {
	f.Add([]byte(`{"format": "` + Format + `", "articles": [{"id": "a", "text": "X of Y.", "entities": [{"id": "x", "name": "X", "type": "person"}, {"id": "y", "name": "Y", "type": "party"}], "relations": [{"kind": "member_of", "source": "x", "target": "y", "evidence": "X of Y"}]}]}`))
	f.Add([]byte(`{"format": "` + Format + `", "articles": [{"id": "a", "corpus": "c.jsonl", "corpus_id": "1", "entities": [], "relations": []}]}`))
	f.Add([]byte(`{"format": "` + Format + `", "articles": [{"id": "", "split": "x", "entities": [{"id": "g", "type": "person", "group": true}], "relations": [{"kind": "visits"}]}]}`))
	f.Add([]byte(`{"format": "` + Format + `", "articles": [{"id": "a", "file": "s/a.txt", "entities": [], "relations": []}, {"id": "b", "file": "../a.txt", "text": "X", "entities": [], "relations": []}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(`{"id": 1, "body": "X of Y."}`+"\n"), 0o644)
		os.Mkdir(filepath.Join(dir, "s"), 0o755)
		os.WriteFile(filepath.Join(dir, "s", "a.txt"), []byte("A title\n\nX of Y met Z in W.\n"), 0o644)
		path := filepath.Join(dir, "gold.json")
		os.WriteFile(path, data, 0o644)
		g, err := LoadGold(path, dir)
		if err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if errs := g.Check(); len(errs) > 0 {
			t.Fatalf("accepted gold fails its check: %v", errs)
		}
	})
}
