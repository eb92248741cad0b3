package entities

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/article"
)

// BenchmarkExtract runs the built-in stages (no trained recognizer) on the
// cleaned articles of the shared BBC news corpus
// (../shared/corpus/bbc_news.jsonl beside the repository), read once
// outside the timing, and reports words per second. It skips when the
// corpus is absent.
func BenchmarkExtract(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "corpus", "bbc_news.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no BBC corpus at %s: %v", path, err)
	}
	var arts []*article.Article
	words := 0
	for p, err := range article.Pieces(path) {
		if err != nil {
			b.Fatal(err)
		}
		for a, err := range p.Articles() {
			if err == nil {
				arts = append(arts, a)
				words += len(strings.Fields(a.Text))
			}
		}
	}
	x := New()
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.ExtractArticle(a.Text, ArticleInfo{Date: a.Date, Place: a.Place})
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
