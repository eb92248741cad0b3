package ner

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// TestWordCacheMatchesFeatures checks that the emission scores the tagger
// builds from cached word rows equal those of the whole feature list that
// training uses, token by token.
func TestWordCacheMatchesFeatures(t *testing.T) {
	m := Default()
	doc := [][]string{
		strings.Fields("Prime Minister Shehbaz Sharif met the delegation in Islamabad on Sunday ."),
		strings.Fields("The delegation , led by Bilawal Bhutto Zardari , will visit London and Washington ."),
		strings.Fields("PAKISTAN AND INDIA AGREE CEASEFIRE"),
		strings.Fields("Sharif said ."),
		{"x"},
	}
	L := len(m.labels)
	var c wordCache
	c.reset(wordRows * len(m.labels))
	toks, idx, _ := m.prepareCached(doc, &c, nil, nil, nil)
	k := 0
	for _, s := range doc {
		st := toks[k : k+len(s)]
		upper := sentUpper(st)
		offs := make([]int32, len(s))
		for i, j := range idx[k : k+len(s)] {
			offs[i] = c.words[j].rows
		}
		em := make([]float32, len(s)*L)
		m.wordEmissions(&c, offs, em)
		for i := range s {
			want := make([]float32, L)
			m.addWeights(want, features(st, i, upper, nil))
			got := make([]float32, L)
			copy(got, em[i*L:(i+1)*L])
			m.addWeights(got, contextFeatures(st, i, upper, nil))
			for l := range want {
				if math.Abs(float64(got[l]-want[l])) > 1e-3 {
					t.Fatalf("%q token %q label %s: cached %g, features %g", strings.Join(s, " "), s[i], m.labels[l], got[l], want[l])
				}
			}
		}
		k += len(s)
	}
	if len(c.words) == 0 || len(c.words) > CountTokens(doc) {
		t.Errorf("cache holds %d words for %d tokens", len(c.words), CountTokens(doc))
	}
}

// TestPrepareCached checks that the token data tagging builds with its
// word cache equal prepare's, document after document with one cache
// (words seen before, document flags of an earlier document) and with the
// fine model's own resources.
func TestPrepareCached(t *testing.T) {
	docs := [][][]string{
		{
			strings.Fields("Prime Minister Shehbaz Sharif met the delegation in Islamabad on Sunday ."),
			strings.Fields("The delegation , led by Bilawal Bhutto Zardari , will visit London and Washington ."),
			strings.Fields("PAKISTAN AND INDIA AGREE CEASEFIRE"),
			strings.Fields("Sharif said the Pakistan Peoples Party won 1,234 votes in the 2024 general election ."),
		},
		{
			strings.Fields("the U.S. and the United Kingdom signed ; Al-Qaeda denied it ."),
			strings.Fields("New York Stock Exchange ( NYSE ) shares of Apple rose ; apple growers in São Paulo and Zürich ."),
			strings.Fields("“ Quoted ” – dashes — and ’ apostrophes ’"),
		},
		{{"x"}},
		{},
	}
	if p, _ := findShared(t, "ner/conll2003/eng.testa"); p != "" {
		for _, d := range readDocs(t, p) {
			docs = append(docs, d.Sents)
		}
	}
	for _, m := range []*Model{Default(), DefaultFine()} {
		var c wordCache
		var toks []tok
		var idx []int32
		for di, doc := range docs {
			c.reset(wordRows * len(m.labels))
			toks, idx, _ = m.prepareCached(doc, &c, toks, idx, nil)
			want := m.prepare(doc, nil)
			if len(toks) != len(want) {
				t.Fatalf("document %d: %d tokens, want %d", di, len(toks), len(want))
			}
			for i := range want {
				if toks[i] != want[i] {
					t.Fatalf("document %d token %d: cached %+v, prepare %+v", di, i, toks[i], want[i])
				}
			}
			k := 0
			for _, s := range doc {
				for i, w := range s {
					if got := c.words[idx[k+i]].t.w; got != wordHash(w) {
						t.Fatalf("document %d: token %q has the cache entry of another word", di, w)
					}
				}
				k += len(s)
			}
		}
	}
}

// TestWordCacheGrows checks the word index past its first size: a
// document with more distinct words than a full cache holds, then the
// same words again.
func TestWordCacheGrows(t *testing.T) {
	m := Default()
	var doc [][]string
	for i := 0; i < maxCachedWords+5000; i += 20 {
		var s []string
		for j := i; j < i+20; j++ {
			s = append(s, fmt.Sprintf("Word%dx", j))
		}
		doc = append(doc, s)
	}
	var c wordCache
	c.reset(wordRows * len(m.labels))
	want := m.prepare(doc, nil)
	for pass := 0; pass < 2; pass++ {
		toks, idx, _ := m.prepareCached(doc, &c, nil, nil, nil)
		k := 0
		for _, s := range doc {
			for i, w := range s {
				if toks[k+i] != want[k+i] || c.words[idx[k+i]].word != w {
					t.Fatalf("pass %d: token %q: cached %+v (entry %q), prepare %+v", pass, w, toks[k+i], c.words[idx[k+i]].word, want[k+i])
				}
			}
			k += len(s)
		}
		if len(c.words) != k {
			t.Fatalf("pass %d: %d words cached for %d distinct words", pass, len(c.words), k)
		}
	}
}

// TestWordCacheShrinks checks that a full cache keeps the half it used
// last, and that tagging data stay right through it.
func TestWordCacheShrinks(t *testing.T) {
	m := Default()
	doc := func(from, to int) [][]string {
		var d [][]string
		for i := from; i < to; i += 10 {
			s := []string{"The", "Reuters", "report"}
			for j := i; j < min(i+10, to); j++ {
				s = append(s, fmt.Sprintf("Word%dx", j))
			}
			d = append(d, s)
		}
		return d
	}
	var c wordCache
	check := func(d [][]string) {
		t.Helper()
		c.reset(wordRows * len(m.labels))
		toks, idx, _ := m.prepareCached(d, &c, nil, nil, nil)
		want := m.prepare(d, nil)
		k := 0
		for _, s := range d {
			for i, w := range s {
				if toks[k+i] != want[k+i] || c.words[idx[k+i]].word != w {
					t.Fatalf("token %q: cached %+v (entry %q), prepare %+v", w, toks[k+i], c.words[idx[k+i]].word, want[k+i])
				}
			}
			k += len(s)
		}
	}
	const n = maxCachedWords / 4
	check(doc(0, n))
	check(doc(n, 2*n))
	check(doc(2*n, 3*n))
	check(doc(3*n, 4*n)) // full now
	check(doc(3*n, 3*n+10))
	if len(c.words) > maxCachedWords/2+20 {
		t.Fatalf("%d words cached after shrinking", len(c.words))
	}
	if i := slices.IndexFunc(c.words, func(e cachedWord) bool { return e.word == "Word0x" }); i >= 0 {
		t.Error("a word of the first document outlived the shrink")
	}
	if i := slices.IndexFunc(c.words, func(e cachedWord) bool { return e.word == "Reuters" }); i < 0 {
		t.Error("a word of every document was dropped")
	}
	check(doc(0, 2*n)) // dropped words again
	check(doc(3*n, 4*n))
}
