package ner

import (
	"bytes"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/data"
)

// BenchmarkTag measures tagging throughput on CoNLL-2003 eng.testa, one
// goroutine, model already loaded; it reports tokens/s.
func BenchmarkTag(b *testing.B) {
	docs := readDocs(b, sharedFile(b, "ner/conll2003/eng.testa"))
	m := Default()
	n := 0
	for _, d := range docs {
		n += CountTokens(d.Sents)
	}
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, d := range docs {
			m.Chunks(d.Sents)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "tokens/s")
}

// BenchmarkTagFine is BenchmarkTag for the fine model (which runs the
// coarse model first).
func BenchmarkTagFine(b *testing.B) {
	docs := readDocs(b, sharedFile(b, "ner/conll2003/eng.testa"))
	m := DefaultFine()
	n := 0
	for _, d := range docs {
		n += CountTokens(d.Sents)
	}
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, d := range docs {
			m.Chunks(d.Sents)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "tokens/s")
}

// BenchmarkLoad measures loading the embedded coarse model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data.NERModel)); err != nil {
			b.Fatal(err)
		}
	}
}
