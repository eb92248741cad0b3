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

// TestSecondAnnotation scores testdata/relations/second_b28.json, a second
// reader's annotation of the gold's twenty-eighth batch, against the gold
// (GUIDE.md, "Measuring agreement"): it must stay a valid annotation of
// exactly those articles, and the two readings must keep agreeing about as
// well as when it was made (strict F1 0.93), or one of them has drifted
// from the guide.
func TestSecondAnnotation(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no corpus at %s: the gold's texts come from it", corpus)
	}
	secondPath := filepath.Join("testdata", "relations", "second_b28.json")
	second, err := LoadGold(secondPath, corpus)
	if err != nil {
		t.Fatal(err)
	}
	g, err := LoadGold(goldPath, corpus)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range second.Articles {
		ids[a.ID] = true
	}
	slice := *g
	slice.Articles = nil
	for _, a := range g.Articles {
		if ids[a.ID] {
			slice.Articles = append(slice.Articles, a)
		}
	}
	r, err := Agreement(&slice, second, goldPath, secondPath)
	if err != nil {
		t.Fatal(err)
	}
	total := r.Table("strict", Dev).Total
	t.Logf("second annotation against the gold, strict: P %.2f R %.2f F1 %.2f (%d of %d, %d gold)",
		total.Precision, total.Recall, total.F1, total.Correct, total.Predicted, total.Gold)
	if total.F1 < 0.85 {
		t.Errorf("agreement strict F1 %.2f, below 0.85", total.F1)
	}
}
