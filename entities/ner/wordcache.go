package ner

// wordCache keeps, per word, the summed weights of the features that
// depend on that word alone (see features): those of the word itself, and
// those it gives the token after it and the token before it. A word's
// three rows are computed once and then added whole, instead of a dozen
// and more feature lookups per token. Each tagging scratch has its own
// cache; it is emptied between documents once it holds maxCachedWords.
type wordCache struct {
	at   map[uint64]int32 // word hash → offset of its rows in vecs
	vecs []float32        // per word: self, as previous, as next (L each)
}

const maxCachedWords = 1 << 15

// reset empties the cache when it is full.
func (c *wordCache) reset() {
	if c.at == nil {
		c.at = make(map[uint64]int32)
	}
	if len(c.at) >= maxCachedWords {
		clear(c.at)
		c.vecs = c.vecs[:0]
	}
}

// offset returns where the rows of t's word are in c.vecs, computing them
// when needed. It may grow c.vecs: take slices of it only afterwards.
func (m *Model) offset(c *wordCache, t *tok, buf []uint64) (int32, []uint64) {
	if off, ok := c.at[t.w]; ok {
		return off, buf
	}
	L := len(m.labels)
	off := int32(len(c.vecs))
	c.vecs = append(c.vecs, make([]float32, 3*L)...)
	v := c.vecs[off:]
	buf = wordFeatures(t, buf[:0])
	m.addWeights(v[:L], buf)
	buf = prevFeatures(t, buf[:0])
	m.addWeights(v[L:2*L], buf)
	buf = nextFeatures(t, buf[:0])
	m.addWeights(v[2*L:3*L], buf)
	c.at[t.w] = off
	return off, buf
}

// edgeRows computes the rows a sentence's first token gets for having no
// word before it, and its last for having none after it.
func (m *Model) edgeRows() {
	L := len(m.labels)
	if m.feat == nil {
		return // not trained yet
	}
	m.noPrev, m.noNext = make([]float32, L), make([]float32, L)
	m.addWeights(m.noPrev, prevFeatures(nil, nil))
	m.addWeights(m.noNext, nextFeatures(nil, nil))
}

// addRow adds src to dst.
func addRow(dst, src []float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}
