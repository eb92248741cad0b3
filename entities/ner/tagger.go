package ner

import (
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/internal/hashtab"
)

// scratch holds one tagging call's buffers (kept in scratches).
type scratch struct {
	toks   []tok
	feats  []uint64
	em     []float32
	delta  [2][256]float32 // Viterbi's scores of two tokens
	lat    lattice         // Viterbi's transitions, when not the model's
	vbest  [256]float32
	varg   [256]uint8
	back   []uint8
	labels []int
	stk    []uint64
	stkOff []int
	words  wordCache
	offs   []int32
	widx   []int32 // the index in words.words of each token's word
	keys   []uint64
	rows   []span
	probe  []hashtab.Slot[span]
}

// scratches keeps tagging buffers between calls. Unlike a sync.Pool it
// does not drop them at garbage collection: a scratch's word cache takes
// thousands of words to fill, and ingest, which allocates a lot, lost and
// refilled its caches several times a run. It keeps at most twice as many
// as there are processors, more than the calls that run at once.
type scratches struct {
	mu   sync.Mutex
	free []*scratch
}

func (m *Model) getScratch() *scratch {
	p := &m.scratches
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		sc := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		return sc
	}
	return &scratch{}
}

func (m *Model) putScratch(sc *scratch) {
	p := &m.scratches
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < 2*runtime.GOMAXPROCS(0) {
		p.free = append(p.free, sc)
	}
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
		r, ok := m.feat.Get(f)
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

// lattice holds the label transitions Viterbi weighs: the score of each
// label at the start of a sentence (-Inf where BILOU forbids it), and the
// labels in groups that may follow the same labels inside a sentence (in
// BILOU: O, B-* and U-* follow O, L-* and U-*; I-t and L-t follow B-t and
// I-t), each with the transition scores from those labels.
type lattice struct {
	start  []float32
	groups []labelGroup
}

type labelGroup struct {
	labels []uint8   // in increasing order
	prev   []uint8   // the labels that may precede them, in increasing order
	trans  []float32 // trans[i*len(labels)+j]: from prev[i] to labels[j]
	tmax   []float32 // tmax[j]: the largest transition score to labels[j]
}

// build fills the lattice from the transition scores trans. The groups
// depend only on the number of labels: a lattice built once (for a
// model's scratch in training, which decodes a sentence at a time with
// changing scores) only has its scores refilled.
func (lat *lattice) build(m *Model, trans []float32) {
	L := len(m.labels)
	if len(lat.start) != L {
		lat.start = make([]float32, L)
		lat.groups = lat.groups[:0]
		for c := 0; c < L; c++ {
			var prev []uint8
			for _, p := range m.prevOK[c] {
				if p != L {
					prev = append(prev, uint8(p))
				}
			}
			gi := slices.IndexFunc(lat.groups, func(g labelGroup) bool { return slices.Equal(g.prev, prev) })
			if gi < 0 {
				gi = len(lat.groups)
				lat.groups = append(lat.groups, labelGroup{prev: prev})
			}
			lat.groups[gi].labels = append(lat.groups[gi].labels, uint8(c))
		}
		for gi := range lat.groups {
			g := &lat.groups[gi]
			g.trans = make([]float32, len(g.prev)*len(g.labels))
			g.tmax = make([]float32, len(g.labels))
		}
	}
	inf := float32(math.Inf(-1))
	for c := 0; c < L; c++ {
		lat.start[c] = inf
		for _, p := range m.prevOK[c] {
			if p == L {
				lat.start[c] = trans[L*L+c]
			}
		}
	}
	for gi := range lat.groups {
		g := &lat.groups[gi]
		k := 0
		for j := range g.tmax {
			g.tmax[j] = inf
		}
		for _, p := range g.prev {
			for j, c := range g.labels {
				g.trans[k] = trans[int(p)*L+int(c)]
				g.tmax[j] = max(g.tmax[j], g.trans[k])
				k++
			}
		}
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
	if len(trans) == 0 || len(m.trans) == 0 || &trans[0] != &m.trans[0] || lat.start == nil {
		lat = &sc.lat // training: scores other than the model's
		lat.build(m, trans)
	}
	sc.back = grow(sc.back, n*L)
	// The scores of the best paths to each label of the previous and of
	// the current token, and the best of a group's labels so far; labels
	// are below 256 (at most 63 types).
	prev, cur := &sc.delta[0], &sc.delta[1]
	best, arg := &sc.vbest, &sc.varg
	em = em[:n*L]
	for c, s := range lat.start[:L] {
		prev[uint8(c)] = s + em[c]
	}
	inf := float32(math.Inf(-1))
	for i := 1; i < n; i++ {
		e := em[i*L : (i+1)*L]
		back := sc.back[i*L : (i+1)*L]
		for gi := range lat.groups {
			g := &lat.groups[gi]
			nc := len(g.labels)
			if nc == 2 && len(g.prev) == 2 {
				// I-t and L-t after B-t and I-t, written out.
				p0, p1 := g.prev[0], g.prev[1]
				x0, x1 := prev[p0], prev[p1]
				t := g.trans[:4]
				b0, a0 := inf, uint8(0)
				if v := x0 + t[0]; v > b0 {
					b0, a0 = v, p0
				}
				if v := x1 + t[2]; v > b0 {
					b0, a0 = v, p1
				}
				b1, a1 := inf, uint8(0)
				if v := x0 + t[1]; v > b1 {
					b1, a1 = v, p0
				}
				if v := x1 + t[3]; v > b1 {
					b1, a1 = v, p1
				}
				c0, c1 := g.labels[0], g.labels[1]
				cur[c0], back[c0] = b0+e[c0], a0
				cur[c1], back[c1] = b1+e[c1], a1
				continue
			}
			g.bestPrev(prev, best, arg)
			for j, c := range g.labels {
				cur[c] = best[uint8(j)] + e[c]
				back[c] = arg[uint8(j)]
			}
		}
		prev, cur = cur, prev
	}
	bestEnd, argEnd := inf, 0
	for c := 0; c < L; c++ {
		if m.endOK[c] && prev[uint8(c)] > bestEnd {
			bestEnd, argEnd = prev[uint8(c)], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = argEnd
		argEnd = int(sc.back[i*L+argEnd])
	}
}

// bestPrev sets best[j] to the best score of a path to g.labels[j] from
// the previous token's scores prev, and arg[j] to the previous label it
// comes from: of equal scores the lowest label's, as a loop over
// g.prev in order would find. Most tokens have one previous label far
// ahead of the others: when the path from it beats the second best
// previous score plus the largest transition to a label, no other path
// can reach it (float addition rounds monotonically), and the label
// needs no loop over g.prev.
func (g *labelGroup) bestPrev(prev, best *[256]float32, arg *[256]uint8) {
	inf := float32(math.Inf(-1))
	top, second, ptop := inf, inf, -1
	for pi, p := range g.prev {
		switch x := prev[p]; {
		case x > top:
			top, second, ptop = x, top, pi
		case x > second:
			second = x
		}
	}
	nc := len(g.labels)
	for j := range g.labels {
		if ptop >= 0 {
			if v := top + g.trans[ptop*nc+j]; v > second+g.tmax[j] {
				best[uint8(j)], arg[uint8(j)] = v, g.prev[ptop]
				continue
			}
		}
		b, a := inf, uint8(0)
		for pi, p := range g.prev {
			if v := prev[p] + g.trans[pi*nc+j]; v > b {
				b, a = v, p
			}
		}
		best[uint8(j)], arg[uint8(j)] = b, a
	}
}

// tagLabels returns the label index of every token of the document,
// tagging its sentences in order (the history features of a sentence come
// from the labels of those before it).
func (m *Model) tagLabels(sents [][]string, sc *scratch) []int {
	L := len(m.labels)
	sc.words.reset(wordRows * L)
	sc.toks, sc.widx, sc.feats = m.prepareCached(sents, &sc.words, sc.toks, sc.widx, sc.feats)
	n := len(sc.toks)
	sc.labels = grow(sc.labels, n)
	sc.stk, sc.stkOff = m.stackFeatures(sents, sc.stk, sc.stkOff)
	k := 0
	for _, s := range sents {
		st := sc.toks[k : k+len(s)]
		sc.em = grow(sc.em, len(s)*L)
		m.emissions(sc, k, len(s), sc.em)
		labels := sc.labels[k : k+len(s)]
		m.viterbi(sc.em, m.trans, sc, labels)
		if m.history {
			sc.words.addLabels(st, sc.widx[k:k+len(s)], labels)
		}
		k += len(s)
	}
	return sc.labels
}

// Chunks tags one document, given as sentences of tokens, and returns the
// names found in each sentence.
func (m *Model) Chunks(sents [][]string) [][]Chunk {
	sc := m.getScratch()
	defer m.putScratch(sc)
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
