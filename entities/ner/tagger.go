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
	stk    []uint64
	stkOff []int
	hist   history
	words  wordCache
	offs   []int32
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
func (m *Model) viterbi(em []float32, trans []float32, sc *scratch, out []int) {
	L := len(m.labels)
	n := len(out)
	if n == 0 {
		return
	}
	sc.delta = grow(sc.delta, n*L)
	sc.back = grow(sc.back, n*L)
	delta, back := sc.delta, sc.back
	inf := float32(math.Inf(-1))
	for c := 0; c < L; c++ {
		delta[c] = inf
		for _, p := range m.prevOK[c] {
			if p == L {
				delta[c] = trans[L*L+c] + em[c]
			}
		}
	}
	for i := 1; i < n; i++ {
		for c := 0; c < L; c++ {
			best, arg := inf, 0
			for _, p := range m.prevOK[c] {
				if p == L {
					continue
				}
				if v := delta[(i-1)*L+p] + trans[p*L+c]; v > best {
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

// tagLabels returns the label index of every token of the document,
// tagging its sentences in order (the history features of a sentence come
// from the labels of those before it).
func (m *Model) tagLabels(sents [][]string, sc *scratch) []int {
	L := len(m.labels)
	sc.toks = m.prepare(sents, sc.toks)
	n := len(sc.toks)
	sc.labels = grow(sc.labels, n)
	sc.stk, sc.stkOff = m.stackFeatures(sents, sc.stk, sc.stkOff)
	sc.hist.reset()
	sc.words.reset()
	k := 0
	for _, s := range sents {
		st := sc.toks[k : k+len(s)]
		upper := sentUpper(st)
		sc.em = grow(sc.em, len(s)*L)
		sc.offs = grow(sc.offs, len(s))
		for i := range s {
			sc.offs[i], sc.feats = m.offset(&sc.words, &st[i], sc.feats)
		}
		m.wordEmissions(&sc.words, sc.offs[:len(s)], sc.em)
		for i := range s {
			row := sc.em[i*L : (i+1)*L]
			sc.feats = contextFeatures(st, i, upper, sc.feats[:0])
			if sc.stkOff != nil {
				sc.feats = append(sc.feats, sc.stk[sc.stkOff[k+i]:sc.stkOff[k+i+1]]...)
			}
			if m.history {
				sc.feats = sc.hist.features(&st[i], sc.feats)
			}
			m.addWeights(row, sc.feats)
		}
		labels := sc.labels[k : k+len(s)]
		m.viterbi(sc.em, m.trans, sc, labels)
		if m.history {
			sc.hist.add(st, labels)
		}
		k += len(s)
	}
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
