package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// BenchmarkPipeline ingests the first 3,000 Reuters-21578 articles into a
// fresh store; it reports words/s. Profile it with -cpuprofile.
func BenchmarkPipeline(b *testing.B) {
	src := ingesttest.HeadLines(b, ingesttest.SharedCorpus(b, "reuters21578.jsonl"), filepath.Join(b.TempDir(), "r.jsonl"), 3000)
	words := 0
	for i := 0; b.Loop(); i++ {
		sum, _ := pipelineIngest(b, context.Background(), filepath.Join(b.TempDir(), "db"), Options{}, nil, src)
		words += sum.Words
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkReingest re-ingests the same articles into the store that
// holds them; it reports articles/s.
func BenchmarkReingest(b *testing.B) {
	src := ingesttest.HeadLines(b, ingesttest.SharedCorpus(b, "reuters21578.jsonl"), filepath.Join(b.TempDir(), "r.jsonl"), 3000)
	db := filepath.Join(b.TempDir(), "db")
	pipelineIngest(b, context.Background(), db, Options{}, nil, src)
	n := 0
	for b.Loop() {
		sum, _ := pipelineIngest(b, context.Background(), db, Options{}, nil, src)
		n += sum.Unchanged
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
