package ner

import (
	"math"
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
	c.reset()
	toks := m.prepare(doc, nil)
	k := 0
	for _, s := range doc {
		st := toks[k : k+len(s)]
		upper := sentUpper(st)
		offs := make([]int32, len(s))
		var buf []uint64
		for i := range s {
			offs[i], buf = m.offset(&c, &st[i], buf)
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
	if len(c.at) == 0 || len(c.at) > CountTokens(doc) {
		t.Errorf("cache holds %d words for %d tokens", len(c.at), CountTokens(doc))
	}
}
