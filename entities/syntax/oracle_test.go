package syntax

import (
	"reflect"
	"testing"
)

// followOracle parses with the cheapest move at every step and returns
// the heads found (positions, 0 the root).
func followOracle(n int, gh []int) []int {
	ws := make([]wordInfo, n)
	tags := make([]int, n)
	var st state
	st.reset(ws, tags, tags)
	var cost [nMoves]int
	for !st.done() {
		st.costs(gh, &cost)
		best := -1
		for c := 0; c < nMoves; c++ {
			if st.valid(c) && (best < 0 || cost[c] < cost[best]) {
				best = c
			}
		}
		st.apply(best, 0)
	}
	return st.head[1 : n+1]
}

// TestOracleProjective checks the dynamic oracle: from the start,
// always taking a zero-cost move rebuilds any projective tree exactly.
func TestOracleProjective(t *testing.T) {
	sents := readSample(t)
	if dev := readSharedOptional("ewt-dev.conllu"); dev != nil {
		sents = append(sents, dev...)
	}
	checked := 0
	for _, s := range sents {
		n := len(s.Words)
		gh := make([]int, n+2)
		for i, w := range s.Words {
			gh[i+1] = w.Head
		}
		proj := append([]int(nil), gh[:n+1]...)
		if !projectivize(proj) {
			t.Fatalf("%v: not a tree", s.Comments)
		}
		changed := !reflect.DeepEqual(proj, gh[:n+1])
		copy(gh, proj)
		got := followOracle(n, gh)
		if !reflect.DeepEqual(got, gh[1:n+1]) {
			t.Fatalf("%v: oracle gives %v, want %v", s.Comments, got, gh[1:n+1])
		}
		if changed {
			for d := 1; d <= n; d++ {
				if !projectiveArc(proj, d) {
					t.Fatalf("%v: arc to %d still crosses after lifting", s.Comments, d)
				}
			}
		}
		checked++
	}
	t.Logf("%d trees rebuilt by the oracle", checked)
}

// TestOracleCosts checks the cost of each move on a small tree.
func TestOracleCosts(t *testing.T) {
	// "a b c": b is the root, a and c depend on it.
	gh := []int{0, 2, 0, 2, 0}
	ws := make([]wordInfo, 3)
	tags := make([]int, 3)
	var st state
	st.reset(ws, tags, tags)
	var cost [nMoves]int
	st.apply(shift, 0) // stack: root a; buffer: b c
	st.costs(gh, &cost)
	if cost[left] != 0 || cost[shift] != 2 || st.valid(right) {
		t.Errorf("after shifting a: costs %v (RIGHT valid %v), want LEFT 0, SHIFT 2 (a loses its head b, b the root)", cost, st.valid(right))
	}
	st.apply(left, 0) // a ← b
	st.apply(shift, 0)
	st.apply(shift, 0) // stack: root b c
	st.costs(gh, &cost)
	if cost[right] != 0 || st.valid(left) || st.valid(shift) {
		t.Errorf("stack root b c: costs %v", cost)
	}
}

func TestProjectivize(t *testing.T) {
	// 1→3 crosses 2→4 (heads: 1:0 2:4 3:1 4:1): lifting 2's arc (shortest
	// crossing) re-attaches 2 to 4's head, 1.
	h := []int{0, 0, 4, 1, 1}
	if !projectivize(h) || !reflect.DeepEqual(h, []int{0, 0, 1, 1, 1}) {
		t.Errorf("projectivize = %v", h)
	}
	if projectivize([]int{0, 2, 1}) {
		t.Error("a cycle was taken for a tree")
	}
}
