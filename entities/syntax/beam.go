package syntax

import (
	"math"
	"slices"
)

// A small beam at parse time: the parser is trained greedily, so its
// move scores are not comparable across different histories as they
// stand; turned into log-probabilities of the moves valid at each step
// (a softmax at beamTemperature), their sums rank the beam's parses. An
// arc's label is chosen as in the greedy parse. With width 1 the beam
// is the greedy parse.

// beamTemperature divides the move scores before the softmax. It suits
// the weight scale of the embedded model (chosen on ewt-dev; widths 2
// to 8 at 20 to 75 scored best around 45); a retrained model may need
// another.
const beamTemperature = 45

// beamItem is one parse of the beam.
type beamItem struct {
	st    state
	score float64
}

// beamMove is a candidate successor: item from made move mv.
type beamMove struct {
	from, mv int
	score    float64
}

// parseBeam parses the tagged words in sc keeping the width best parses
// at each step, and leaves the best in sc.st.
func (m *Parser) parseBeam(sc *scratch, width int) {
	sc.beam = grow(sc.beam, 1)
	sc.beam[0].st.reset(sc.ws, sc.xp, sc.up)
	sc.beam[0].score = 0
	sco := sc.scores[:nMoves]
	for !sc.beam[0].st.done() {
		cands := sc.cands[:0]
		for i := range sc.beam {
			it := &sc.beam[i]
			if mv := it.st.forced(); mv >= 0 {
				cands = append(cands, beamMove{i, mv, it.score})
				continue
			}
			sc.feats = moveFeatures(&it.st, sc.feats[:0])
			m.moves.score(sc.feats, sco)
			cands = appendMoves(cands, &it.st, i, it.score, sco)
		}
		slices.SortStableFunc(cands, func(a, b beamMove) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0
		})
		cands = cands[:min(len(cands), width)]
		sc.next = grow(sc.next, len(cands))
		for j, c := range cands {
			nx := &sc.next[j]
			nx.st.copyFrom(&sc.beam[c.from].st)
			nx.score = c.score
			lab := 0
			if c.mv != shift {
				h, d := nx.st.arc(c.mv)
				lab = m.label(&nx.st, h, d, c.mv, sc)
			}
			nx.st.apply(c.mv, lab)
		}
		sc.beam, sc.next, sc.cands = sc.next, sc.beam, cands
	}
	sc.st.copyFrom(&sc.beam[0].st)
}

// appendMoves appends the valid moves of st (item i, of score base) with
// their log-probabilities added.
func appendMoves(cands []beamMove, st *state, i int, base float64, sco []float32) []beamMove {
	mx := math.Inf(-1)
	for c := 0; c < nMoves; c++ {
		if st.valid(c) {
			mx = max(mx, float64(sco[c]))
		}
	}
	z := 0.0
	for c := 0; c < nMoves; c++ {
		if st.valid(c) {
			z += math.Exp((float64(sco[c]) - mx) / beamTemperature)
		}
	}
	lz := math.Log(z)
	for c := 0; c < nMoves; c++ {
		if st.valid(c) {
			cands = append(cands, beamMove{i, c, base + (float64(sco[c])-mx)/beamTemperature - lz})
		}
	}
	return cands
}

// copyFrom makes st a copy of o (the words' features are shared).
func (st *state) copyFrom(o *state) {
	st.n, st.b = o.n, o.b
	st.stack = append(st.stack[:0], o.stack...)
	for _, p := range [...][2]*[]int{{&st.head, &o.head}, {&st.label, &o.label}, {&st.lc1, &o.lc1},
		{&st.lc2, &o.lc2}, {&st.rc1, &o.rc1}, {&st.rc2, &o.rc2}, {&st.nl, &o.nl}, {&st.nr, &o.nr}} {
		*p[0] = append((*p[0])[:0], *p[1]...)
	}
	st.lset = append(st.lset[:0], o.lset...)
	st.rset = append(st.rset[:0], o.rset...)
	st.w, st.p, st.u, st.f, st.c = o.w, o.p, o.u, o.f, o.c
}
