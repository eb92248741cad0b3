package ner

import (
	"math"
)

// scratch holds one tagging call's buffers (pooled).
type scratch struct {
	toks   []tok
	feats  []uint64
	em     []float32
	delta  []float32
	back   []uint8
	labels []int
	docF   []uint64
	docOff []int
	stk    []uint64
	stkOff []int
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// emissions fills em (n×L) with the feature scores of every token.
// stk and stkOff hold the stacked features of a fine model (nil else).
func (m *Model) emissions(sents [][]string, toks []tok, stk []uint64, stkOff []int, sc *scratch, em []float32) {
	L := len(m.labels)
	k := 0
	for _, s := range sents {
		upper := sentUpper(s)
		st := toks[k : k+len(s)]
		for i := range s {
			row := em[(k+i)*L : (k+i+1)*L]
			clear(row)
			sc.feats = features(st, i, upper, sc.feats[:0])
			if stkOff != nil {
				sc.feats = append(sc.feats, stk[stkOff[k+i]:stkOff[k+i+1]]...)
			}
			m.addWeights(row, sc.feats)
		}
		k += len(s)
	}
}

// addWeights adds the weights of features to row.
func (m *Model) addWeights(row []float32, feats []uint64) {
	for _, f := range feats {
		r, ok := m.feat.get(f)
		if !ok {
			continue
		}
		a, b := m.rowStart[r], m.rowStart[r+1]
		labs := m.rowLab[a:b]
		ws := m.rowW[a:b:b]
		for j, l := range labs {
			row[l] += ws[j]
		}
	}
}

// viterbi writes the best label sequence of one sentence (em holds its
// n×L emission scores) to out.
func (m *Model) viterbi(em []float32, trans, trans2 []float32, sc *scratch, out []int) {
	L := len(m.labels)
	n := len(out)
	if n == 0 {
		return
	}
	sc.delta = grow(sc.delta, n*L)
	sc.back = grow(sc.back, n*L)
	delta, back := sc.delta, sc.back
	tr := func(p, c int) float32 {
		if len(trans2) != 0 {
			return trans[p*L+c] + trans2[p*L+c]
		}
		return trans[p*L+c]
	}
	inf := float32(math.Inf(-1))
	for i := 0; i < n; i++ {
		for c := 0; c < L; c++ {
			best, arg := inf, 0
			for _, p := range m.prevOK[c] {
				var v float32
				switch {
				case i == 0 && p == L:
					v = tr(L, c)
				case i == 0 || p == L:
					continue
				default:
					v = delta[(i-1)*L+p] + tr(p, c)
				}
				if v > best {
					best, arg = v, p
				}
			}
			delta[i*L+c] = best + em[i*L+c]
			back[i*L+c] = uint8(arg)
		}
	}
	best, arg := inf, 0
	for c := 0; c < L; c++ {
		if m.endOK[c] && delta[(n-1)*L+c] > best {
			best, arg = delta[(n-1)*L+c], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*L+arg])
	}
}

// decodeAll runs Viterbi over every sentence.
func (m *Model) decodeAll(sents [][]string, em []float32, trans, trans2 []float32, sc *scratch, labels []int) {
	L := len(m.labels)
	k := 0
	for _, s := range sents {
		m.viterbi(em[k*L:(k+len(s))*L], trans, trans2, sc, labels[k:k+len(s)])
		k += len(s)
	}
}

// stage1Features computes, for every token, the document-level features
// of the second pass from the first pass's labels: which types the same
// word (in any case) was given elsewhere in the document, the most common
// one, and the type the first pass gave the token itself. Features of
// token i are feats[off[i]:off[i+1]].
func stage1Features(toks []tok, labels []int, feats []uint64, off []int) ([]uint64, []int) {
	const maxTypes = 8
	type counts [maxTypes + 1]int32 // [0] outside, [1+t] type t
	byWord := make(map[uint64]*counts)
	typ := func(l int) int {
		if l == 0 {
			return 0
		}
		return 1 + (l-1)/4
	}
	for i := range toks {
		if toks[i].flags&flagCap == 0 {
			continue
		}
		c := byWord[toks[i].l]
		if c == nil {
			c = new(counts)
			byWord[toks[i].l] = c
		}
		if t := typ(labels[i]); t <= maxTypes {
			c[t]++
		}
	}
	feats = feats[:0]
	off = append(off[:0], 0)
	for i := range toks {
		if toks[i].flags&flagCap != 0 {
			c := *byWord[toks[i].l]
			own := typ(labels[i])
			if own <= maxTypes {
				c[own]--
			}
			maj, most := -1, int32(0)
			for t, v := range c {
				if v > 0 {
					feats = append(feats, mix(fStage1Any, uint64(t)))
					if v > most {
						maj, most = t, v
					}
				}
			}
			if maj >= 0 {
				feats = append(feats, mix(fStage1Maj, uint64(maj)))
			}
			feats = append(feats, mix(fStage1Prev, uint64(labels[i])))
		}
		off = append(off, len(feats))
	}
	return feats, off
}

// tagLabels returns the label index of every token of the document.
func (m *Model) tagLabels(sents [][]string, sc *scratch) []int {
	L := len(m.labels)
	sc.toks = m.prepare(sents, sc.toks)
	n := len(sc.toks)
	sc.em = grow(sc.em, n*L)
	sc.labels = grow(sc.labels, n)
	sc.stk, sc.stkOff = m.stackFeatures(sents, sc.stk, sc.stkOff)
	m.emissions(sents, sc.toks, sc.stk, sc.stkOff, sc, sc.em)
	m.decodeAll(sents, sc.em, m.trans, nil, sc, sc.labels)
	if len(m.trans2) == 0 {
		return sc.labels
	}
	sc.docF, sc.docOff = stage1Features(sc.toks, sc.labels, sc.docF, sc.docOff)
	for i := 0; i < n; i++ {
		m.addWeights(sc.em[i*L:(i+1)*L], sc.docF[sc.docOff[i]:sc.docOff[i+1]])
	}
	m.decodeAll(sents, sc.em, m.trans, m.trans2, sc, sc.labels)
	return sc.labels
}

// Chunks tags one document, given as sentences of tokens, and returns the
// names found in each sentence.
func (m *Model) Chunks(sents [][]string) [][]Chunk {
	sc := m.getScratch()
	defer m.pool.Put(sc)
	labels := m.tagLabels(sents, sc)
	out := make([][]Chunk, len(sents))
	k := 0
	tags := make([]string, 0, 64)
	for si, s := range sents {
		tags = tags[:0]
		for _, l := range labels[k : k+len(s)] {
			tags = append(tags, m.labels[l])
		}
		out[si] = Chunks(tags)
		k += len(s)
	}
	return out
}

// Tag tags one document and returns IOB2 tags (B-PER, I-LOC, O, ...) for
// every token of every sentence.
func (m *Model) Tag(sents [][]string) [][]string {
	chunks := m.Chunks(sents)
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = IOB2(chunks[i], len(s))
	}
	return out
}

// CountTokens returns the number of tokens of a document.
func CountTokens(sents [][]string) int {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	return n
}
