package ner

import (
	"bytes"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// benchTag tags CoNLL-2003 eng.testa document by document on one
// goroutine, model already loaded, and reports tokens per second of wall
// time and per second of the process's CPU time (steadier on a shared
// machine; 0 where CPU time is not measured).
func benchTag(b *testing.B, m *Model) {
	docs := readDocs(b, sharedFile(b, "ner/conll2003/eng.testa"))
	n := 0
	for _, d := range docs {
		n += CountTokens(d.Sents)
	}
	m.Chunks(docs[0].Sents) // warm the scratch
	b.ResetTimer()
	start, cpu := time.Now(), cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			m.Chunks(d.Sents)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "tokens/s")
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(n*b.N)/c.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkTag measures the coarse model (PER, LOC, ORG, MISC).
func BenchmarkTag(b *testing.B) { benchTag(b, Default()) }

// BenchmarkTagFine measures the fine model, which runs the coarse model
// first.
func BenchmarkTagFine(b *testing.B) { benchTag(b, DefaultFine()) }

// BenchmarkLoad measures loading the embedded coarse model.
func BenchmarkLoad(b *testing.B) {
	cpu := cputime.Used()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data.NERModel)); err != nil {
			b.Fatal(err)
		}
	}
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(c.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkRecognizeReuters measures Recognize with the default (coarse)
// recognizer, as ingest calls it, on the first 2,000 Reuters-21578
// articles, already segmented, and reports tokens per second of wall and
// CPU time.
func BenchmarkRecognizeReuters(b *testing.B) {
	var docs []*text.Document
	n := 0
	for a, err := range article.ReadFile(sharedFile(b, "corpus/reuters21578.jsonl")) {
		if err != nil {
			continue
		}
		d := text.Segment(a.Text)
		docs = append(docs, d)
		n += len(d.Tokens)
		if len(docs) == 2000 {
			break
		}
	}
	r := DefaultRecognizer()
	r.Recognize(docs[0]) // warm the scratch
	b.ResetTimer()
	start, cpu := time.Now(), cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			r.Recognize(d)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "tokens/s")
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(n*b.N)/c.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkWordRows measures filling the word cache: the token data and
// rows of every distinct word of CoNLL-2003 eng.testa, from an empty
// cache (what a tagger pays for each word it has not seen, or no longer
// caches).
func BenchmarkWordRows(b *testing.B) {
	m := Default()
	seen := map[string]bool{}
	var words []string
	for _, d := range readDocs(b, sharedFile(b, "ner/conll2003/eng.testa")) {
		for _, s := range d.Sents {
			for _, w := range s {
				if !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
	}
	var c wordCache
	c.reset(wordRows * len(m.labels))
	var buf []uint64
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		c.empty()
		for _, w := range words {
			_, buf = m.word(&c, w, c.hash(w), buf)
		}
	}
	b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "words/s")
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(len(words)*b.N)/c.Seconds(), "words/cpu-s")
	}
}

// BenchmarkViterbi measures decoding alone (coarse model), on the
// emission scores of the sentences of the first 100 eng.testa documents.
func BenchmarkViterbi(b *testing.B) {
	m := Default()
	docs := readDocs(b, sharedFile(b, "ner/conll2003/eng.testa"))
	L := len(m.labels)
	var ems [][]float32
	sc := &scratch{}
	for _, d := range docs[:100] {
		sc.words.reset(wordRows * len(m.labels))
		sc.toks, sc.widx, _ = m.prepareCached(d.Sents, &sc.words, sc.toks, sc.widx, nil)
		sc.stk, sc.stkOff = m.stackFeatures(d.Sents, sc.stk, sc.stkOff)
		k := 0
		for _, s := range d.Sents {
			em := make([]float32, len(s)*L)
			m.emissions(sc, k, len(s), em)
			ems = append(ems, em)
			k += len(s)
		}
	}
	out := make([]int, 0, 256)
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		for _, em := range ems {
			m.viterbi(em, m.trans, sc, out[:len(em)/L])
		}
	}
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(c.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
