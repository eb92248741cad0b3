package syntax

// distBucket buckets the distance between two positions.
func distBucket(a, b int) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 11:
		return 6
	}
	return 7
}

func capVal(v int) uint64 { return uint64(min(v, 4)) }

// moveFeatures appends the features of the configuration for choosing a
// move: Zhang and Nivre's (2011) templates, fitted to arc-hybrid (a stack
// item has no head yet, so s1 stands in for s0's head). Gaps in the
// template numbers are templates dropped after an ablation on ewt-dev
// (28 of 117: b2's word, s0's and b0's second-order children, the
// bilexical pairs that repeat s0w+b0w with tags, most cluster pairs):
// retrained without them the parser scores 0.35 UAS and 0.37 LAS
// higher on ewt-dev (0.52/0.45 on gum-dev), has 12% fewer move features
// and looks up a quarter fewer per move.
func moveFeatures(st *state, out []uint64) []uint64 {
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.bi(0), st.bi(1), st.bi(2)
	w, p, l := st.w, st.p, st.label
	s0w, s0p, s1w, s1p, s2p := w[s0], p[s0], w[s1], p[s1], p[s2]
	b0w, b0p, b1w, b1p, b2p := w[b0], p[b0], w[b1], p[b1], p[b2]
	s0u, b0u, s1u := st.u[s0], st.u[b0], st.u[s1]
	s0l1, s0l2, s0r1, s0r2 := st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
	b0l1, b0l2 := st.lc1[b0], st.lc2[b0]
	s1l1, s1r1, s1r2 := st.lc1[s1], st.rc1[s1], st.rc2[s1]
	d := distBucket(s0, b0)
	if s0 == 0 || b0 == st.n+1 {
		d = 9
	}
	d1 := distBucket(s1, s0)
	out = append(out,
		// single words
		f2(1, s0w, s0p), f2(4, b0w, b0p), f1(5, b0w), f1(6, b0p),
		f2(7, b1w, b1p), f1(9, b1p), f1(12, b2p),
		f2(13, s1w, s1p), f1(14, s1w), f1(15, s1p), f1(16, s0u), f1(17, b0u), f2(18, s0u, b0u),
		// pairs
		f3(23, s0w, s0p, b0p), f3(24, s0p, b0w, b0p), f2(25, s0w, b0w), f2(26, s0p, b0p), f2(27, b0p, b1p),
		f2(28, s1w, s0w), f2(29, s1p, s0p), f3(30, s1w, s1p, s0p), f3(31, s1p, s0w, s0p), f2(32, s1p, b0p),
		// triples
		f3(40, b0p, b1p, b2p), f3(41, s0p, b0p, b1p), f3(42, s1p, s0p, b0p), f3(43, s0p, p[s0l1], b0p),
		f3(44, s0p, p[s0r1], b0p), f3(45, s0p, b0p, p[b0l1]), f3(46, s2p, s1p, s0p), f3(47, s1p, p[s1r1], s0p),
		f3(48, s1p, s0p, p[s0l1]), f3(49, s1p, s0p, p[s0r1]), f3(50, s1u, st.u[s0], b0u), f3(51, s0w, b0p, b1p),
		f3(52, s0p, b0w, b1p), f4(53, s1p, s0p, b0p, b1p),
		// distance
		f2(60, s0w, d), f2(61, s0p, d), f2(63, b0p, d), f3(64, s0w, b0w, d),
		f3(66, s1p, s0p, d1), f3(67, s1w, s0w, d1), f2(68, s0p, d1),
		// valency
		f2(70, s0w, capVal(st.nr[s0])), f2(71, s0p, capVal(st.nr[s0])), f2(72, s0w, capVal(st.nl[s0])),
		f2(73, s0p, capVal(st.nl[s0])), f2(75, b0p, capVal(st.nl[b0])),
		f2(76, s1p, capVal(st.nr[s1])), f2(77, s1p, capVal(st.nl[s1])),
		// children
		f1(80, w[s0l1]), f1(81, p[s0l1]), f1(82, uint64(l[s0l1])), f1(83, w[s0r1]),
		f1(86, w[b0l1]), f1(87, p[b0l1]), f1(88, uint64(l[b0l1])), f1(89, w[s1r1]), f1(90, p[s1r1]), f1(91, uint64(l[s1r1])),
		f1(93, uint64(l[s1l1])), f2(94, s0p, uint64(l[s0l1])), f2(95, s0p, uint64(l[s0r1])), f2(96, b0p, uint64(l[b0l1])), f2(97, s1p, uint64(l[s1r1])),
		// third order
		f1(100, w[s0l2]), f1(101, p[s0l2]), f1(102, uint64(l[s0l2])), f3(109, s0p, p[s0l1], p[s0l2]),
		f3(110, s0p, p[s0r1], p[s0r2]), f3(111, b0p, p[b0l1], p[b0l2]), f3(112, s1p, p[s1r1], p[s1r2]),
		f3(113, s0p, uint64(l[s0l1]), uint64(l[s0l2])), f3(114, s0p, uint64(l[s0r1]), uint64(l[s0r2])),
		// label sets
		f2(120, s0w, st.rset[s0]), f2(121, s0p, st.rset[s0]), f2(122, s0w, st.lset[s0]), f2(123, s0p, st.lset[s0]),
		f2(124, b0w, st.lset[b0]), f2(127, s1p, st.rset[s1]),
		// the word before b0 and after s0 in the text
		f3(130, s0p, p[min(s0+1, st.n+1)], b0p), f3(131, s0p, p[max(b0-1, 0)], b0p),
		f2(132, st.f[s0], b0p), f2(133, s0p, st.f[b0]),
		// word clusters
		f1(141, st.c[b0]), f1(143, st.c[b1]), f2(145, st.c[s0], b0p), f2(147, st.c[s1], st.c[s0]),
	)
	return out
}

// labelFeatures appends the features for the label of an arc from h to
// d made by move mv: d is complete by then (arc-hybrid attaches a word
// once all its dependents are found), so its children inform the label.
// Six templates that the same ablation found worth least are gone (the
// gaps in the numbers).
func labelFeatures(st *state, h, d, mv int, out []uint64) []uint64 {
	w, p, u, l := st.w, st.p, st.u, st.label
	dir := uint64(mv) << 40
	dp, dw, hp, hw, du, hu := p[d], w[d], p[h], w[h], u[d], u[h]
	dl1, dr1 := st.lc1[d], st.rc1[d]
	dist := distBucket(h, d)
	if h == 0 {
		dist = 9
	}
	nb := st.bi(0)
	if mv == left {
		nb = st.bi(1)
	}
	out = append(out,
		f1(dir+1, 0), f1(dir+2, dp), f1(dir+3, dw), f1(dir+4, hp), f1(dir+5, hw), f2(dir+6, dp, hp),
		f2(dir+7, dw, hp), f2(dir+8, dp, hw), f2(dir+9, dw, hw), f3(dir+10, dp, hp, dist), f2(dir+11, du, hu),
		f3(dir+12, du, hu, dist), f1(dir+13, st.f[d]), f2(dir+14, du, dw),
		f2(dir+20, dp, uint64(l[dl1])), f2(dir+21, dp, uint64(l[dr1])), f2(dir+22, dp, st.lset[d]),
		f2(dir+24, dp, w[dl1]), f2(dir+25, dp, p[dl1]), f3(dir+27, du, hu, st.lset[d]),
		f2(dir+29, hp, uint64(l[st.lc1[h]])), f3(dir+31, dp, hp, capVal(st.nl[d])), f3(dir+33, du, w[dl1], hp),
		f3(dir+34, du, hu, p[nb]), f3(dir+35, du, hu, p[d-1]),
		f3(dir+37, dw, w[dl1], hu), f2(dir+38, hw, w[dl1]), f3(dir+39, du, hu, uint64(l[st.rc1[h]])),
		f1(dir+40, st.c[d]), f1(dir+41, st.c[h]), f2(dir+42, st.c[d], st.c[h]), f2(dir+43, st.c[d], hp), f2(dir+44, dp, st.c[h]),
	)
	return out
}
