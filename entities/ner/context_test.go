package ner

import (
	"math"
	"strings"
	"testing"
)

// TestEmissions checks that the emission scores tagging builds
// (emissions) are the cached word rows plus the weights of addWeights over
// the feature lists (contextFeatures, the stacked features,
// history.features), to the bit, for both models, through documents whose
// history builds up.
func TestEmissions(t *testing.T) {
	docs := [][][]string{
		{
			strings.Fields("Prime Minister Shehbaz Sharif met the delegation in Islamabad on Sunday ."),
			strings.Fields("PAKISTAN AND INDIA AGREE CEASEFIRE"),
			strings.Fields("Sharif said the Pakistan Peoples Party won in Sindh , and Sharif 's allies in Punjab ."),
			strings.Fields("New York Stock Exchange shares of Apple rose ; apple growers in São Paulo ."),
		},
		{{"x"}},
	}
	if p, _ := findShared(t, "ner/conll2003/eng.testa"); p != "" {
		for _, d := range readDocs(t, p)[:50] {
			docs = append(docs, d.Sents)
		}
	}
	for _, m := range []*Model{Default(), DefaultFine()} {
		L := len(m.labels)
		sc := &scratch{}
		for _, doc := range docs {
			sc.words.reset(wordRows * len(m.labels))
			sc.toks, sc.widx, _ = m.prepareCached(doc, &sc.words, sc.toks, sc.widx, nil)
			sc.stk, sc.stkOff = m.stackFeatures(doc, sc.stk, sc.stkOff)
			var hist history
			hist.reset()
			k := 0
			for _, s := range doc {
				st := sc.toks[k : k+len(s)]
				upper := sentUpper(st)
				em := make([]float32, len(s)*L)
				m.emissions(sc, k, len(s), em)
				offs := make([]int32, len(s))
				for i, j := range sc.widx[k : k+len(s)] {
					offs[i] = sc.words.words[j].rows
				}
				words := make([]float32, len(s)*L)
				m.wordEmissions(&sc.words, offs, words)
				for i := range s {
					want := words[i*L : (i+1)*L]
					fs := contextFeatures(st, i, upper, nil)
					if sc.stkOff != nil {
						fs = append(fs, sc.stk[sc.stkOff[k+i]:sc.stkOff[k+i+1]]...)
					}
					if m.history {
						fs = hist.features(&st[i], fs)
					}
					m.addWeights(want, fs)
					row := em[i*L : (i+1)*L]
					for l := range want {
						if math.Float32bits(row[l]) != math.Float32bits(want[l]) {
							t.Fatalf("%q token %q label %s: emissions %g, features %g", strings.Join(s, " "), s[i], m.labels[l], row[l], want[l])
						}
					}
				}
				labels := make([]int, len(s))
				m.viterbi(em, m.trans, sc, labels)
				if m.history {
					hist.add(st, labels)
					sc.words.addLabels(st, sc.widx[k:k+len(s)], labels)
				}
				k += len(s)
			}
		}
	}
}
