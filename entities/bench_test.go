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
	arts := bbcArticles(b, 0)
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	x := parsingExtractor()
	sents, parsed := 0, 0
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			d := x.Run(&Document{Text: a.Text}, ArticleInfo{Date: a.Date, Place: a.Place})
			sents += len(d.Trees)
			parsed += treesMade(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(100*float64(parsed)/float64(max(sents, 1)), "%parsed")
}

// bbcArticles returns the first n cleaned articles (all when n is 0) of
// the shared BBC news corpus, skipping when it is absent.
func bbcArticles(tb testing.TB, n int) []*article.Article {
	path := filepath.Join("..", "..", "shared", "corpus", "bbc_news.jsonl")
	var arts []*article.Article
	for a, err := range article.ReadFile(path) {
		if err != nil {
			tb.Skipf("no BBC corpus at %s: %v", path, err)
		}
		if arts = append(arts, a); len(arts) == n {
			break
		}
	}
	return arts
}

// parsingExtractor returns the extractor as ingest builds it: with the
// trained recognizer and the parse the relation rules ask for.
func parsingExtractor() *Extractor {
	return New(WithRecognizer(ner.DefaultRecognizer()), WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
}

// treesMade returns the number of sentences of d that were parsed.
func treesMade(d *Doc) int {
	n := 0
	for _, tr := range d.Trees {
		if tr != nil {
			n++
		}
	}
	return n
}
