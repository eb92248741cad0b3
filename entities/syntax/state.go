package syntax

// state is an arc-hybrid configuration over a sentence of n words at
// positions 1..n; position 0 is the root (always at the stack's bottom)
// and n+1 stands for "no word". It is reused from sentence to sentence.
type state struct {
	n     int
	stack []int
	b     int // first word of the buffer; the buffer is empty when b > n

	head, label        []int
	lc1, lc2, rc1, rc2 []int // leftmost, second leftmost, rightmost, second rightmost child
	nl, nr             []int // numbers of left and right children
	lset, rset         []uint64

	// What features read of each position.
	w, p, u, f, c []uint64 // lower-case word, XPOS, UPOS, exact form, fine cluster
}

const (
	shift = iota
	left
	right
	nMoves
)

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// reset prepares the state for a sentence of words ws with tags xp, up.
func (st *state) reset(ws []wordInfo, xp, up []int) {
	n := len(ws)
	st.n = n
	m := n + 2
	st.head, st.label = grow(st.head, m), grow(st.label, m)
	st.lc1, st.lc2, st.rc1, st.rc2 = grow(st.lc1, m), grow(st.lc2, m), grow(st.rc1, m), grow(st.rc2, m)
	st.nl, st.nr = grow(st.nl, m), grow(st.nr, m)
	st.lset, st.rset = grow(st.lset, m), grow(st.rset, m)
	st.w, st.p, st.u, st.f, st.c = grow(st.w, m), grow(st.p, m), grow(st.u, m), grow(st.f, m), grow(st.c, m)
	none := n + 1
	for i := 0; i < m; i++ {
		st.head[i], st.label[i] = -1, 999
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = none, none, none, none
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
	st.w[0], st.p[0], st.u[0], st.f[0], st.c[0] = 0x7001, 0x7002, 0x7003, 0x7004, 0x7005
	st.w[none], st.p[none], st.u[none], st.f[none], st.c[none] = 0x8001, 0x8002, 0x8003, 0x8004, 0x8005
	for i := range ws {
		st.w[i+1], st.p[i+1], st.u[i+1], st.f[i+1], st.c[i+1] = ws[i].lower, uint64(xp[i]), uint64(up[i])+500, ws[i].form, ws[i].c2
	}
	st.stack = append(st.stack[:0], 0)
	st.b = 1
}

func (st *state) done() bool { return st.b > st.n && len(st.stack) == 1 }

// s returns the i-th item from the stack's top, or none.
func (st *state) s(i int) int {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return st.n + 1
}

// bi returns the i-th word of the buffer, or none.
func (st *state) bi(i int) int {
	if st.b+i <= st.n {
		return st.b + i
	}
	return st.n + 1
}

func (st *state) valid(mv int) bool {
	switch mv {
	case shift:
		return st.b <= st.n
	case left:
		return st.b <= st.n && len(st.stack) > 1
	default:
		return len(st.stack) > 2 || (len(st.stack) == 2 && st.b > st.n)
	}
}

// forced returns the only valid move, or -1 when there is a choice:
// with only the root on the stack a word must be shifted, and with the
// buffer empty the stack can only be reduced rightwards. Scoring is
// skipped then (the argmax over one move is that move).
func (st *state) forced() int {
	switch {
	case len(st.stack) == 1:
		return shift
	case st.b > st.n:
		return right
	}
	return -1
}

// apply makes move mv; for an arc, lab is its label.
func (st *state) apply(mv, lab int) {
	switch mv {
	case shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case left:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, d, lab)
	default:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.stack[len(st.stack)-1], d, lab)
	}
}

// arc returns the head and dependent an arc move would join.
func (st *state) arc(mv int) (h, d int) {
	d = st.stack[len(st.stack)-1]
	if mv == left {
		return st.b, d
	}
	return st.stack[len(st.stack)-2], d
}

func (st *state) attach(h, d, lab int) {
	st.head[d], st.label[d] = h, lab
	bit := uint64(1) << (uint(lab) & 63)
	if d < h {
		st.nl[h]++
		st.lset[h] |= bit
		if d < st.lc1[h] || st.lc1[h] == st.n+1 {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if d < st.lc2[h] || st.lc2[h] == st.n+1 {
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= bit
		if st.rc1[h] == st.n+1 || d > st.rc1[h] {
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		} else if st.rc2[h] == st.n+1 || d > st.rc2[h] {
			st.rc2[h] = d
		}
	}
}

// costs sets cost[mv] to the number of gold arcs (gold heads gh) a move
// makes unreachable: Goldberg and Nivre's dynamic oracle for arc-hybrid.
// Only the words still on the stack or in the buffer count; arcs lost
// before are lost whatever the move.
func (st *state) costs(gh []int, cost *[nMoves]int) {
	*cost = [nMoves]int{}
	top := len(st.stack)
	inBuf := func(x int) bool { return x >= st.b && x <= st.n }
	if st.valid(shift) {
		b := st.b
		c := 0
		for i := 0; i < top; i++ {
			x := st.stack[i]
			if gh[x] == b {
				c++
			}
			if i < top-1 && gh[b] == x {
				c++
			}
		}
		cost[shift] = c
	}
	if top > 1 {
		s0 := st.stack[top-1]
		deps := 0
		for x := st.b; x <= st.n; x++ {
			if gh[x] == s0 {
				deps++
			}
		}
		if st.valid(left) {
			c := deps
			h := gh[s0]
			if h == st.stack[top-2] || (inBuf(h) && h != st.b) {
				c++
			}
			cost[left] = c
		}
		if st.valid(right) {
			c := deps
			if inBuf(gh[s0]) {
				c++
			}
			cost[right] = c
		}
	}
}
