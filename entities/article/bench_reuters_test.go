package article

import (
	"path/filepath"
	"testing"
)

// BenchmarkReuters reads every article of the shared Reuters-21578 corpus
// (../shared/corpus/reuters21578.jsonl beside the repository) as the
// ingest does: the file is split into pieces once, outside the timing, and
// each iteration reads the articles of every piece. It skips when the
// corpus is absent.
func BenchmarkReuters(b *testing.B) {
	benchCorpus(b, "reuters21578.jsonl")
}

// BenchmarkBBC is BenchmarkReuters for the shared BBC news corpus.
func BenchmarkBBC(b *testing.B) {
	benchCorpus(b, "bbc_news.jsonl")
}

func benchCorpus(b *testing.B, name string) {
	path := sharedDir(b, filepath.Join("corpus", name))
	var pieces []*Piece
	for p, err := range Pieces(path) {
		if err != nil {
			b.Fatal(err)
		}
		pieces = append(pieces, p)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pieces {
			for range p.Articles() {
			}
		}
	}
}
