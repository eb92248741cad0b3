package syntax

import (
	"slices"
	"testing"
)

// TestTaggerSplitFeatures checks that the features tagSentence looks up
// in two parts (those that read no tag being chosen, then those that
// do) are exactly the features the tagger was trained with.
func TestTaggerSplitFeatures(t *testing.T) {
	for _, s := range readSample(t) {
		n := len(s.Words)
		ws := make([]wordInfo, n)
		xp, up := make([]int, n), make([]int, n)
		for i, w := range s.Words {
			ws[i] = newWordInfo(w.Form, i == 0)
			xp[i], up[i] = i%7, i%5
		}
		for i := range ws {
			for _, c := range []struct {
				name         string
				whole, split []uint64
			}{
				{"XPOS", xposContext(ws, xp, i, nil), xposTagged(ws, xp, i, xposAround(ws, i, nil))},
				{"UPOS", uposContext(ws, xp, up, i, nil), uposTagged(up, xp, i, uposAround(ws, xp, i, nil))},
			} {
				slices.Sort(c.whole)
				slices.Sort(c.split)
				if !slices.Equal(c.whole, c.split) {
					t.Fatalf("%s features of word %d of %q differ when split", c.name, i, s.Words[i].Form)
				}
			}
		}
	}
}
