package eval

import (
	"path/filepath"
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
