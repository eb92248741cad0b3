package ner

// Tagging adds the weights of a token's context features (contextFeatures
// and the history features) without hashing those that take few values:
// their rows are looked up once per model (ctxRows), those of the shape
// features of the word once per cached word (cachedWord), and the weights
// are added in the order of the feature lists, so the sums are the same
// to the bit.

// ctxRows holds the rows (-1: no weights) of the context features with
// few values, indexed by those values.
type ctxRows struct {
	doc      [1 << 8]int32 // doc<<4 | flags
	gaz      [4 * gazClasses]int32
	gazCap   [4 * gazClasses][2]int32
	capPrior [16 << 3]int32 // capb<<3 | (flags&(flagCap|flagUpper))<<1 | first
	capRun   [5 * 8]int32
	histNone int32
	histAny  [maxHistTypes + 1]int32
	histMaj  [maxHistTypes + 1]int32
}

// row returns the row of feature f, -1 when it has no weights.
func (m *Model) row(f uint64) int32 {
	if m.feat == nil {
		return -1 // not trained yet
	}
	r, ok := m.feat.get(f)
	if !ok {
		return -1
	}
	return int32(r)
}

// addRowWeights adds the weights of row r (none when r < 0) to row.
func (m *Model) addRowWeights(row []float32, r int32) {
	if r < 0 {
		return
	}
	a, b := m.rowStart[r], m.rowStart[r+1]
	labs := m.rowLab[a:b]
	ws := m.rowW[a:b:b]
	for j, l := range labs {
		row[l] += ws[j]
	}
}

// contextRows fills m.ctx.
func (m *Model) contextRows() {
	c := &m.ctx
	for i := range c.doc {
		c.doc[i] = m.row(mix(mix(fDoc, uint64(i>>4)), uint64(i&0xf)))
	}
	for b := range c.gaz {
		c.gaz[b] = m.row(mix(fGaz, uint64(b)))
		for cp := range c.gazCap[b] {
			c.gazCap[b][cp] = m.row(mix(mix(fGazCap, uint64(b)), uint64(cp)))
		}
	}
	for i := range c.capPrior {
		c.capPrior[i] = m.row(mix(fCapPrior, uint64(i>>3)<<8|uint64(i&7)))
	}
	for i := range c.capRun {
		c.capRun[i] = m.row(mix(fCapRun, uint64(i)))
	}
	c.histNone = m.row(mix(fHistNone, 0))
	for t := range c.histAny {
		c.histAny[t] = m.row(mix(fHistAny, uint64(t)))
		c.histMaj[t] = m.row(mix(fHistMaj, uint64(t)))
	}
}

// addContext adds the weights of contextFeatures(toks, i, upper) to row;
// w is the cache entry of token i's word.
func (m *Model) addContext(row []float32, toks []tok, i int, upper bool, w *cachedWord) {
	t := &toks[i]
	prev, next := uint64(noWord), uint64(noWord+1)
	sp, sn := uint64(noWord), uint64(noWord+1)
	if i > 0 {
		prev, sp = toks[i-1].l, toks[i-1].s
	}
	if i+1 < len(toks) {
		next, sn = toks[i+1].l, toks[i+1].s
	}
	c := &m.ctx
	m.addRowWeights(row, m.row(mix(mix(fShapePrev, sp), t.s)))
	m.addRowWeights(row, m.row(mix(mix(fShapeNext, t.s), sn)))
	m.addRowWeights(row, m.row(mix(mix(fShape3, sp), mix(t.s, sn))))
	m.addRowWeights(row, m.row(mix(mix(fBigramPrev, prev), t.l)))
	m.addRowWeights(row, m.row(mix(mix(fBigramNext, t.l), next)))
	m.addRowWeights(row, c.doc[t.doc<<4|t.flags])
	if t.gaz != 0 {
		cp := t.flags & flagCap
		for b := 0; b < 4*gazClasses; b++ {
			if t.gaz&(1<<b) != 0 {
				m.addRowWeights(row, c.gaz[b])
				m.addRowWeights(row, c.gazCap[b][cp])
			}
		}
	}
	if upper {
		m.addRowWeights(row, w.upperRow)
	}
	first := uint32(0)
	if i == 0 {
		first = 1
	}
	m.addRowWeights(row, c.capPrior[t.capb<<3|uint32(t.flags&(flagCap|flagUpper))<<1|first])
	m.addRowWeights(row, c.capRun[t.run])
	if i == 0 {
		m.addRowWeights(row, w.firstRow)
	}
}

// addHistory adds the weights of h.features(t) to row.
func (m *Model) addHistory(row []float32, h *history, t *tok) {
	if t.flags&flagCap == 0 {
		return
	}
	c := h.counts[t.l]
	if c == nil {
		m.addRowWeights(row, m.ctx.histNone)
		return
	}
	maj, most := 0, int32(0)
	for ty, v := range c {
		if v > 0 {
			m.addRowWeights(row, m.ctx.histAny[ty])
			if v > most {
				maj, most = ty, v
			}
		}
	}
	m.addRowWeights(row, m.ctx.histMaj[maj])
}
