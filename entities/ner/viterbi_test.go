package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// viterbiNaive is Viterbi written out plainly: for each label, the
// previous labels BILOU allows in increasing order, the first of equal
// scores winning. viterbi must give the same labels.
func viterbiNaive(m *Model, trans, em []float32, n int) []int {
	L := len(m.labels)
	inf := float32(math.Inf(-1))
	prev, cur := make([]float32, L), make([]float32, L)
	back := make([]int, n*L)
	for c := range L {
		prev[c] = inf
		for _, p := range m.prevOK[c] {
			if p == L {
				prev[c] = trans[L*L+c]
			}
		}
		prev[c] += em[c]
	}
	for i := 1; i < n; i++ {
		for c := range L {
			best, arg := inf, 0
			for _, p := range m.prevOK[c] {
				if p == L {
					continue
				}
				if v := prev[p] + trans[p*L+c]; v > best {
					best, arg = v, p
				}
			}
			cur[c], back[i*L+c] = best+em[i*L+c], arg
		}
		prev, cur = cur, prev
	}
	bestEnd, arg := inf, 0
	for c := range L {
		if m.endOK[c] && prev[c] > bestEnd {
			bestEnd, arg = prev[c], c
		}
	}
	out := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = back[i*L+arg]
	}
	return out
}

// TestViterbi checks viterbi, which skips most previous labels (see
// labelGroup.bestPrev), against viterbiNaive on random emission scores:
// spread wide (one label far ahead, the skip taken), narrow (the skip
// rarely taken) and coarse (few distinct values: many equal scores,
// where the lowest label must win), with the model's transition scores
// and with them rounded to integers (more equal scores).
func TestViterbi(t *testing.T) {
	cases := []struct {
		name  string
		score func(r *rand.Rand) float32
	}{
		{"wide", func(r *rand.Rand) float32 { return float32(r.NormFloat64() * 20) }},
		{"narrow", func(r *rand.Rand) float32 { return float32(r.NormFloat64() * 0.01) }},
		{"coarse", func(r *rand.Rand) float32 { return float32(r.IntN(3)) }},
		{"zero", func(r *rand.Rand) float32 { return 0 }},
	}
	for _, m := range []*Model{Default(), DefaultFine()} {
		rounded := make([]float32, len(m.trans))
		for i, v := range m.trans {
			rounded[i] = float32(math.Round(float64(v)))
		}
		for _, tc := range cases {
			for ti, trans := range [][]float32{m.trans, rounded} {
				r := rand.New(rand.NewPCG(1, 2))
				sc := &scratch{}
				testViterbiCase(t, m, trans, sc, func() float32 { return tc.score(r) }, tc.name, ti)
			}
		}
	}
}

// testViterbiCase runs one case of TestViterbi: 300 sentences of 1 to 40
// tokens.
func testViterbiCase(t *testing.T, m *Model, trans []float32, sc *scratch, score func() float32, name string, ti int) {
	L := len(m.labels)
	for trial := range 300 {
		n := 1 + trial%40
		em := make([]float32, n*L)
		for i := range em {
			em[i] = score()
		}
		got := make([]int, n)
		m.viterbi(em, trans, sc, got)
		if want := viterbiNaive(m, trans, em, n); !slices.Equal(got, want) {
			t.Fatalf("%d labels, %s scores, transitions %d, trial %d: viterbi %v, naive %v", L, name, ti, trial, got, want)
		}
	}
}
