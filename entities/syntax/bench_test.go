package syntax

import (
	"bytes"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// BenchmarkParse tags and parses ewt-dev sentence by sentence on one
// goroutine with the embedded model already loaded, and reports tokens
// per second of wall time and per second of the process's CPU time
// (steadier on a shared machine; 0 where CPU time is not measured).
func BenchmarkParse(b *testing.B) { benchParse(b, 1) }

// BenchmarkParseBeam is BenchmarkParse with a beam of width 4.
func BenchmarkParseBeam(b *testing.B) { benchParse(b, 4) }

func benchParse(b *testing.B, width int) {
	sents := readShared(b, "ewt-dev.conllu")
	m := Default()
	words := make([][]string, len(sents))
	n := 0
	for i, s := range sents {
		for _, w := range s.Words {
			words[i] = append(words[i], w.Form)
		}
		n += len(s.Words)
	}
	sc := m.getScratch()
	b.ResetTimer()
	start, cpu := time.Now(), cputime.Used()
	for b.Loop() {
		for _, ws := range words {
			if len(ws) > 0 {
				m.run(ws, sc, width)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "tokens/s")
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(n*b.N)/c.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkParseSentence is BenchmarkParse through the public API, which
// also builds each Tree with its lemmas.
func BenchmarkParseSentence(b *testing.B) {
	sents := readShared(b, "ewt-dev.conllu")
	m := Default()
	n := 0
	words := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			words[i] = append(words[i], w.Form)
		}
		n += len(s.Words)
	}
	b.ResetTimer()
	start, cpu := time.Now(), cputime.Used()
	for b.Loop() {
		for _, ws := range words {
			m.ParseSentence(ws)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "tokens/s")
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(n*b.N)/c.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoad measures loading the embedded model (the NER model that
// holds its word clusters is loaded once, before); run it with -benchmem
// for the memory a load allocates.
func BenchmarkLoad(b *testing.B) {
	ner.Default()
	cpu := cputime.Used()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data.ParserModel), ner.Default()); err != nil {
			b.Fatal(err)
		}
	}
	if c := cputime.Used() - cpu; c > 0 {
		b.ReportMetric(float64(c.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
