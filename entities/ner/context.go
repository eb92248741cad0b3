package ner

// Tagging adds the weights of a token's context features (contextFeatures
// and the history features) without hashing those that take few values:
// their rows are looked up once per model (ctxRows), those of the shape
// features of the word once per cached word (cachedWord), and the weights
// are added in the order of the feature lists, so the sums are the same
// to the bit.

import "github.com/newsgraph/newsgraph/internal/hashtab"

// ctxRows holds the weights of the context features with few values,
// indexed by those values, as offsets of dense rows (L weights, 0 for the
// labels a feature has none for) in dense; -1 for a feature without
// weights. These features have weights for most labels, and adding a
// dense row takes no label indices. Adding the zeros changes no sum: a
// score is never -0 (sums start at +0 and add weights that are not 0,
// and x + (+0) == x for every other x).
type ctxRows struct {
	doc      [1 << 8]int32 // doc<<4 | flags
	gaz      [4 * gazClasses]int32
	gazCap   [4 * gazClasses][2]int32
	capPrior [16 << 3]int32 // capb<<3 | (flags&(flagCap|flagUpper))<<1 | first
	capRun   [5 * 8]int32
	histNone int32
	histAny  [maxHistTypes + 1]int32
	histMaj  [maxHistTypes + 1]int32
	dense    []float32
}

// addDense adds the dense row at off in m.ctx.dense (none when off < 0)
// to row.
func (m *Model) addDense(row []float32, off int32) {
	if off < 0 {
		return
	}
	d := m.ctx.dense[off : int(off)+len(row)]
	for l := range row {
		row[l] += d[l]
	}
}

// span locates the weights of one feature: rowLab[a:b] and rowW[a:b].
// A feature without weights has an empty span.
type span struct{ a, b uint32 }

// spanTable builds m.featSpan from m.feat: tagging finds a feature's
// weights in the slot that holds its hash, where m.feat holds its row,
// which takes another load (of m.rowStart) to locate them. A slot is 16
// bytes either way.
func (m *Model) spanTable() {
	keys, rows := m.feat.Pairs()
	spans := make([]span, len(rows))
	for i, r := range rows {
		spans[i] = span{m.rowStart[r], m.rowStart[r+1]}
	}
	m.featSpan = hashtab.FromPairs(keys, spans, 3)
}

// row returns the weights of feature f.
func (m *Model) row(f uint64) span {
	if m.featSpan == nil {
		return span{} // not trained yet
	}
	r, _ := m.featSpan.Get(f)
	return r
}

// rows sets rows[j] to the weights of keys[j], as row does. It first
// reads the home slot of every key (probe is scratch space for them), in a
// loop without branches whose loads do not depend on each other, so that
// their cache misses overlap; only keys not settled by their home slot
// take a second look.
func (m *Model) rows(keys []uint64, rows []span, probe []hashtab.Slot[span]) []hashtab.Slot[span] {
	if m.featSpan == nil {
		clear(rows)
		return probe
	}
	probe = grow(probe, len(keys))
	m.featSpan.Homes(keys, probe)
	for j, k := range keys[:len(probe)] {
		switch e := probe[j]; e.Hash {
		case k:
			rows[j] = e.Val
		case 0:
			rows[j] = span{}
		default:
			rows[j] = m.row(k)
		}
	}
	return probe
}

// touchRows loads the first and last weight and the first label of each
// of rows before they are added, in loads that do not depend on each
// other, so that their cache misses overlap (see wordEmissions).
func (m *Model) touchRows(rows []span, c *wordCache) {
	var sum float32
	for _, r := range rows {
		if r.a < r.b {
			sum += m.rowW[r.a] + m.rowW[r.b-1] + float32(m.rowLab[r.a])
		}
	}
	c.sink += sum
}

// addRowWeights adds the weights r to row.
func (m *Model) addRowWeights(row []float32, r span) {
	labs := m.rowLab[r.a:r.b]
	ws := m.rowW[r.a:r.b:r.b]
	for j, l := range labs {
		row[l] += ws[j]
	}
}

// contextRows fills m.ctx.
func (m *Model) contextRows() {
	L := len(m.labels)
	c := &m.ctx
	c.dense = c.dense[:0]
	row := func(f uint64) int32 {
		r := m.row(f)
		if r.a == r.b {
			return -1
		}
		off := len(c.dense)
		c.dense = append(c.dense, make([]float32, L)...)
		m.addRowWeights(c.dense[off:off+L], r)
		return int32(off)
	}
	for i := range c.doc {
		c.doc[i] = row(mix(mix(fDoc, uint64(i>>4)), uint64(i&0xf)))
	}
	for b := range c.gaz {
		c.gaz[b] = row(mix(fGaz, uint64(b)))
		for cp := range c.gazCap[b] {
			c.gazCap[b][cp] = row(mix(mix(fGazCap, uint64(b)), uint64(cp)))
		}
	}
	for i := range c.capPrior {
		c.capPrior[i] = row(mix(fCapPrior, uint64(i>>3)<<8|uint64(i&7)))
	}
	for i := range c.capRun {
		c.capRun[i] = row(mix(fCapRun, uint64(i)))
	}
	c.histNone = row(mix(fHistNone, 0))
	for t := range c.histAny {
		c.histAny[t] = row(mix(fHistAny, uint64(t)))
		c.histMaj[t] = row(mix(fHistMaj, uint64(t)))
	}
}

// emissions sets em (L per token) to the emission scores of the n tokens
// from k of the document sc holds: the cached rows of their words, then
// the weights of contextFeatures, the stacked features and the history
// features, in that order. The context and stacked features of the
// sentence are looked up together first: the lookups, which mostly miss
// the processor's caches, do not depend on each other, so their misses
// overlap.
func (m *Model) emissions(sc *scratch, k, n int, em []float32) {
	L := len(m.labels)
	st, widx := sc.toks[k:k+n], sc.widx[k:k+n]
	upper := sentUpper(st)
	sc.offs = grow(sc.offs, n)
	for i, j := range widx {
		sc.offs[i] = sc.words.words[j].rows
	}
	m.wordEmissions(&sc.words, sc.offs, em)
	keys := sc.keys[:0]
	for i := range st {
		keys = pairFeatures(st, i, keys)
	}
	var stk []uint64
	var stkOff []int
	if sc.stkOff != nil {
		stk, stkOff = sc.stk, sc.stkOff[k:k+n+1]
		keys = append(keys, stk[stkOff[0]:stkOff[n]]...)
	}
	sc.keys = keys
	rows := grow(sc.rows, len(keys))
	sc.rows = rows
	sc.probe = m.rows(keys, rows, sc.probe)
	m.touchRows(rows, &sc.words)
	for i := range st {
		row := em[i*L : (i+1)*L]
		for _, r := range rows[i*pairCount : (i+1)*pairCount] {
			m.addRowWeights(row, r)
		}
		m.addContext(row, st, i, upper, &sc.words.words[widx[i]])
		if stkOff != nil {
			base := n*pairCount - stkOff[0]
			for _, r := range rows[base+stkOff[i] : base+stkOff[i+1]] {
				m.addRowWeights(row, r)
			}
		}
		if m.history {
			m.addHistory(row, &sc.words, &st[i], sc.words.words[widx[i]].lid)
		}
	}
}

// addContext adds to row the weights of the features of contextFeatures
// after those of pairFeatures; w is the cache entry of token i's word.
func (m *Model) addContext(row []float32, toks []tok, i int, upper bool, w *cachedWord) {
	t := &toks[i]
	c := &m.ctx
	m.addDense(row, c.doc[t.doc<<4|t.flags])
	if t.gaz != 0 {
		cp := t.flags & flagCap
		for b := 0; b < 4*gazClasses; b++ {
			if t.gaz&(1<<b) != 0 {
				m.addDense(row, c.gaz[b])
				m.addDense(row, c.gazCap[b][cp])
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
	m.addDense(row, c.capPrior[t.capb<<3|uint32(t.flags&(flagCap|flagUpper))<<1|first])
	m.addDense(row, c.capRun[t.run])
	if i == 0 {
		m.addRowWeights(row, w.firstRow)
	}
}

// addHistory adds the weights of history.features(t) to row, for a
// token whose word has doc entry lid in c (see addLabels).
func (m *Model) addHistory(row []float32, c *wordCache, t *tok, lid int32) {
	if t.flags&flagCap == 0 {
		return
	}
	v := &c.doc[lid]
	if v.gen != c.gen || !v.hist {
		m.addDense(row, m.ctx.histNone)
		return
	}
	maj, most := 0, int32(0)
	for ty, n := range v.counts {
		if n > 0 {
			m.addDense(row, m.ctx.histAny[ty])
			if n > most {
				maj, most = ty, n
			}
		}
	}
	m.addDense(row, m.ctx.histMaj[maj])
}

// addLabels records the labels of a sentence's tokens (widx: their
// words' indices in c) in the history of the document, as history.add
// does, by doc entry instead of a map.
func (c *wordCache) addLabels(toks []tok, widx []int32, labels []int) {
	for i := range toks {
		t, ok := histType(&toks[i], labels[i])
		if !ok {
			continue
		}
		v := &c.doc[c.words[widx[i]].lid]
		if v.gen != c.gen {
			*v = docSeen{gen: c.gen}
		}
		v.hist = true
		v.counts[t]++
	}
}
