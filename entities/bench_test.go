package entities

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
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

// BenchmarkExtractParsed is BenchmarkExtract with what ingest adds: the
// trained recognizer and the parse of the sentences the relation rules
// read. It also reports the share of sentences parsed.
func BenchmarkExtractParsed(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "corpus", "bbc_news.jsonl")
	var arts []*article.Article
	words := 0
	for a, err := range article.ReadFile(path) {
		if err != nil {
			b.Skipf("no BBC corpus at %s: %v", path, err)
		}
		arts = append(arts, a)
		words += len(strings.Fields(a.Text))
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	sents, parsed := 0, 0
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			d := x.Run(&Document{Text: a.Text}, ArticleInfo{Date: a.Date, Place: a.Place})
			sents += len(d.Trees)
			for _, tr := range d.Trees {
				if tr != nil {
					parsed++
				}
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(100*float64(parsed)/float64(max(sents, 1)), "%parsed")
}
