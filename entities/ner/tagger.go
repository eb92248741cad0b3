package ner

import (
	"math"
)

// scratch holds one tagging call's buffers (pooled).
type scratch struct {
	toks   []tok
	feats  []uint64
	em     []float32
	delta  [2][256]float32 // Viterbi's scores of two tokens
	lat    lattice         // Viterbi's transitions, when not the model's
	back   []uint8
	labels []int
	stk    []uint64
	stkOff []int
	hist   history
	words  wordCache
	offs   []int32
	widx   []int32 // the index in words.words of each token's word
	keys   []uint64
	rows   []int32
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

// lattice lists the label transitions Viterbi weighs: for each label c,
// the labels that may precede it inside a sentence with their transition
// scores (edges[off[c]:off[c+1]], in increasing label order), and the
// score of c at the start of a sentence (-Inf where BILOU forbids it).
type lattice struct {
	off   []int32
	edges []edge
	start []float32
}

type edge struct {
	p uint8
	s float32
}

// build fills the lattice from the transition scores trans.
func (lat *lattice) build(m *Model, trans []float32) {
	L := len(m.labels)
	inf := float32(math.Inf(-1))
	lat.off = append(lat.off[:0], 0)
	lat.edges = lat.edges[:0]
	lat.start = grow(lat.start, L)
	for c := 0; c < L; c++ {
		lat.start[c] = inf
		for _, p := range m.prevOK[c] {
			if p == L {
				lat.start[c] = trans[L*L+c]
			} else {
				lat.edges = append(lat.edges, edge{uint8(p), trans[p*L+c]})
			}
		}
		lat.off = append(lat.off, int32(len(lat.edges)))
	}
}

// viterbi writes the best label sequence of one sentence (em holds its
// n×L emission scores) to out. Of equal scores the first (lowest
// previous label, then lowest last label) wins.
func (m *Model) viterbi(em []float32, trans []float32, sc *scratch, out []int) {
	L := len(m.labels)
	n := len(out)
	if n == 0 {
		return
	}
	lat := &m.lat
	if len(trans) == 0 || len(m.trans) == 0 || &trans[0] != &m.trans[0] || lat.off == nil {
		lat = &sc.lat // training: scores other than the model's
		lat.build(m, trans)
	}
	sc.back = grow(sc.back, n*L)
	// The scores of the best paths to each label of the previous and of
	// the current token; labels are below 256 (at most 63 types).
	prev, cur := &sc.delta[0], &sc.delta[1]
	em = em[:n*L]
	for c, s := range lat.start[:L] {
		prev[uint8(c)] = s + em[c]
	}
	inf := float32(math.Inf(-1))
	for i := 1; i < n; i++ {
		e := em[i*L : (i+1)*L]
		back := sc.back[i*L : (i+1)*L]
		for c := range e {
			best, arg := inf, uint8(0)
			for _, ed := range lat.edges[lat.off[c]:lat.off[c+1]] {
				if v := prev[ed.p] + ed.s; v > best {
					best, arg = v, ed.p
				}
			}
			cur[uint8(c)] = best + e[c]
			back[c] = arg
		}
		prev, cur = cur, prev
	}
	best, arg := inf, 0
	for c := 0; c < L; c++ {
		if m.endOK[c] && prev[uint8(c)] > best {
			best, arg = prev[uint8(c)], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(sc.back[i*L+arg])
	}
}

// tagLabels returns the label index of every token of the document,
// tagging its sentences in order (the history features of a sentence come
// from the labels of those before it).
func (m *Model) tagLabels(sents [][]string, sc *scratch) []int {
	L := len(m.labels)
	sc.words.reset()
	sc.toks, sc.widx, sc.feats = m.prepareCached(sents, &sc.words, sc.toks, sc.widx, sc.feats)
	n := len(sc.toks)
	sc.labels = grow(sc.labels, n)
	sc.stk, sc.stkOff = m.stackFeatures(sents, sc.stk, sc.stkOff)
	sc.hist.reset()
	k := 0
	for _, s := range sents {
		st := sc.toks[k : k+len(s)]
		sc.em = grow(sc.em, len(s)*L)
		m.emissions(sc, k, len(s), sc.em)
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
