package ner

// wordCache keeps, per word, the summed weights of the features that
// depend on that word alone (see features): a row for the word itself
// (with the bias) and one for each place near a token the word can be in
// (nearOffsets). A word's rows are computed once and then added whole,
// instead of some twenty feature lookups per token. Each tagging scratch
// has its own cache; it is emptied between documents once it holds
// maxCachedWords.
type wordCache struct {
	at   map[uint64]int32 // word hash → offset of its rows in vecs
	vecs []float32        // per word: self, then one row per nearOffsets (L each)
}

// wordRows is the number of rows a cached word has.
const wordRows = 1 + len(nearOffsets)

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
	c.vecs = append(c.vecs, make([]float32, wordRows*L)...)
	v := c.vecs[off:]
	buf = wordFeatures(t, buf[:0])
	m.addWeights(v[:L], buf)
	for r, d := range nearOffsets {
		buf = nearFeatures(d, t, buf[:0])
		m.addWeights(v[(r+1)*L:(r+2)*L], buf)
	}
	c.at[t.w] = off
	return off, buf
}

// edgeRows computes, for each place in nearOffsets, the row a token gets
// when its sentence has no word there.
func (m *Model) edgeRows() {
	if m.feat == nil {
		return // not trained yet
	}
	L := len(m.labels)
	for r, d := range nearOffsets {
		m.edge[r] = make([]float32, L)
		m.addWeights(m.edge[r], nearFeatures(d, nil, nil))
	}
}

// wordEmissions sets the emission rows of a sentence's tokens (em, L per
// token) to the weights of their word features, from the cache: each
// token's own row plus the rows of the words near it. offs holds the
// tokens' offsets in c.vecs.
func (m *Model) wordEmissions(c *wordCache, offs []int32, em []float32) {
	L := len(m.labels)
	n := len(offs)
	for i, off := range offs {
		row := em[i*L : (i+1)*L]
		copy(row, c.vecs[off:int(off)+L])
		for r, d := range nearOffsets {
			src := m.edge[r]
			if j := i + d; j >= 0 && j < n {
				at := int(offs[j]) + (r+1)*L
				src = c.vecs[at : at+L]
			}
			addRow(row, src)
		}
	}
}

// addRow adds src to dst.
func addRow(dst, src []float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}
