package syntax

// The tagger runs two greedy passes over a sentence: XPOS left to right
// from the words and the two tags before, then UPOS from the words and
// the XPOS tags around (both sides known by then) and the UPOS before.

// Pads stand for the words before the first and after the last.
var (
	padStart = wordInfo{form: 0x51, lower: 0x52, shape: 0x53, pre: [3]uint64{0x54, 0x54, 0x54}, suf: [4]uint64{0x55, 0x55, 0x55, 0x55}}
	padEnd   = wordInfo{form: 0x61, lower: 0x62, shape: 0x63, pre: [3]uint64{0x64, 0x64, 0x64}, suf: [4]uint64{0x65, 0x65, 0x65, 0x65}}
)

func wordAt(ws []wordInfo, i int) *wordInfo {
	switch {
	case i < 0:
		return &padStart
	case i >= len(ws):
		return &padEnd
	}
	return &ws[i]
}

func tagAt(tags []int, i, n int) uint64 {
	switch {
	case i < 0:
		return 1000
	case i >= n:
		return 1001
	}
	return uint64(tags[i])
}

// xposFeatures appends the features for the XPOS of word i; xp holds the
// XPOS chosen for the words before i.
func xposFeatures(ws []wordInfo, xp []int, i int, out []uint64) []uint64 {
	return xposContext(ws, xp, i, xposWord(&ws[i], out))
}

// xposWord appends the XPOS features of a word alone (cached per word by
// wordcache.go).
func xposWord(w *wordInfo, out []uint64) []uint64 {
	return append(out,
		f1(1, 0),
		f1(2, w.form), f1(3, w.lower),
		f1(4, w.suf[0]), f1(5, w.suf[1]), f1(6, w.suf[2]), f1(7, w.suf[3]),
		f1(8, w.pre[0]), f1(9, w.pre[1]), f1(10, w.pre[2]),
		f1(11, w.shape), f1(12, w.flags), f2(13, w.flags, w.suf[2]),
		f1(32, w.c1), f1(33, w.c2),
	)
}

// xposContext appends the XPOS features of word i in its sentence (for
// training, in the order the weights were trained with: a training table
// adds float weights, whose sum depends on the order). tagSentence looks
// up the same features as xposAround and xposTagged.
func xposContext(ws []wordInfo, xp []int, i int, out []uint64) []uint64 {
	w := &ws[i]
	wm1, wp1 := wordAt(ws, i-1), wordAt(ws, i+1)
	wm2, wp2 := wordAt(ws, i-2), wordAt(ws, i+2)
	t1, t2 := tagAt(xp, i-1, len(ws)), tagAt(xp, i-2, len(ws))
	return append(out,
		f1(14, wm1.lower), f1(15, wp1.lower), f1(16, wm2.lower), f1(17, wp2.lower),
		f1(18, wm1.suf[2]), f1(19, wp1.suf[2]), f1(20, wp1.shape), f1(21, wm1.shape),
		f1(22, t1), f2(23, t1, t2), f2(24, t1, w.lower), f2(25, wm1.lower, w.lower),
		f2(26, w.lower, wp1.lower), f2(27, t1, wp1.lower), f2(28, wp1.lower, wp2.lower),
		f2(29, w.suf[1], wp1.suf[1]), f2(30, t1, w.suf[2]), f2(31, w.shape, wp1.shape),
		f2(34, t1, w.c2), f1(35, wp1.c2), f1(36, wm1.c2), f2(37, w.c2, wp1.c2),
	)
}

// xposAround appends the context features of word i that read no tag
// (the tagger looks them up for the whole sentence at once).
func xposAround(ws []wordInfo, i int, out []uint64) []uint64 {
	w := &ws[i]
	wm1, wp1 := wordAt(ws, i-1), wordAt(ws, i+1)
	wm2, wp2 := wordAt(ws, i-2), wordAt(ws, i+2)
	return append(out,
		f1(14, wm1.lower), f1(15, wp1.lower), f1(16, wm2.lower), f1(17, wp2.lower),
		f1(18, wm1.suf[2]), f1(19, wp1.suf[2]), f1(20, wp1.shape), f1(21, wm1.shape),
		f2(25, wm1.lower, w.lower), f2(26, w.lower, wp1.lower), f2(28, wp1.lower, wp2.lower),
		f2(29, w.suf[1], wp1.suf[1]), f2(31, w.shape, wp1.shape),
		f1(35, wp1.c2), f1(36, wm1.c2), f2(37, w.c2, wp1.c2),
	)
}

// xposTagged appends the context features of word i that read the XPOS
// of the words before it.
func xposTagged(ws []wordInfo, xp []int, i int, out []uint64) []uint64 {
	w := &ws[i]
	wp1 := wordAt(ws, i+1)
	t1, t2 := tagAt(xp, i-1, len(ws)), tagAt(xp, i-2, len(ws))
	return append(out,
		f1(22, t1), f2(23, t1, t2), f2(24, t1, w.lower), f2(27, t1, wp1.lower),
		f2(30, t1, w.suf[2]), f2(34, t1, w.c2),
	)
}

// uposFeatures appends the features for the UPOS of word i, with every
// XPOS of the sentence and the UPOS of the words before i.
func uposFeatures(ws []wordInfo, xp, up []int, i int, out []uint64) []uint64 {
	return uposContext(ws, xp, up, i, uposWord(&ws[i], out))
}

// uposWord appends the UPOS features of a word alone.
func uposWord(w *wordInfo, out []uint64) []uint64 {
	return append(out, f1(101, 0), f1(104, w.lower), f1(118, w.form), f1(120, w.c2))
}

// uposContext appends the UPOS features of word i in its sentence (in
// training order; tagSentence looks them up as uposAround and
// uposTagged).
func uposContext(ws []wordInfo, xp, up []int, i int, out []uint64) []uint64 {
	w := &ws[i]
	n := len(ws)
	x0 := uint64(xp[i])
	xm1, xp1 := tagAt(xp, i-1, n), tagAt(xp, i+1, n)
	xm2, xp2 := tagAt(xp, i-2, n), tagAt(xp, i+2, n)
	u1 := tagAt(up, i-1, n)
	wm1, wp1 := wordAt(ws, i-1), wordAt(ws, i+1)
	return append(out,
		f1(102, x0), f2(103, x0, w.lower),
		f2(105, x0, w.suf[2]), f2(106, x0, w.shape), f2(107, x0, xm1), f2(108, x0, xp1),
		f3(109, xm1, x0, xp1), f3(110, xm2, xm1, x0), f3(111, x0, xp1, xp2),
		f2(112, x0, u1), f3(113, x0, wm1.lower, w.lower), f3(114, x0, w.lower, wp1.lower),
		f2(115, x0, wp1.lower), f2(116, x0, wm1.lower), f2(117, x0, w.flags),
		f2(119, x0, w.c2),
	)
}

// uposAround appends the context features of word i that read no UPOS
// (all XPOS are known by then).
func uposAround(ws []wordInfo, xp []int, i int, out []uint64) []uint64 {
	w := &ws[i]
	n := len(ws)
	x0 := uint64(xp[i])
	xm1, xp1 := tagAt(xp, i-1, n), tagAt(xp, i+1, n)
	xm2, xp2 := tagAt(xp, i-2, n), tagAt(xp, i+2, n)
	wm1, wp1 := wordAt(ws, i-1), wordAt(ws, i+1)
	return append(out,
		f1(102, x0), f2(103, x0, w.lower),
		f2(105, x0, w.suf[2]), f2(106, x0, w.shape), f2(107, x0, xm1), f2(108, x0, xp1),
		f3(109, xm1, x0, xp1), f3(110, xm2, xm1, x0), f3(111, x0, xp1, xp2),
		f3(113, x0, wm1.lower, w.lower), f3(114, x0, w.lower, wp1.lower),
		f2(115, x0, wp1.lower), f2(116, x0, wm1.lower), f2(117, x0, w.flags),
		f2(119, x0, w.c2),
	)
}

// uposTagged appends the context feature of word i that reads the UPOS
// before it.
func uposTagged(up, xp []int, i int, out []uint64) []uint64 {
	return append(out, f2(112, uint64(xp[i]), tagAt(up, i-1, len(xp))))
}

func argmax(s []float32) int {
	best := 0
	for c, v := range s {
		if v > s[best] {
			best = c
		}
	}
	return best
}

// tagSentence fills xp and up (len(ws) each) with the tags' indexes.
// The word-only scores of the words in the scratch's word cache come
// from it. The features that read no tag being tagged are computed and
// looked up for the whole sentence first, so that their cache misses
// overlap (see touch); each word then adds those that read the tags
// before it.
func (m *Parser) tagSentence(ws []wordInfo, xp, up []int, sc *scratch) {
	nx, nu := m.xpos.nc, m.upos.nc
	xs, us := sc.scores[:nx], sc.scores[nx:nx+nu]
	n := len(ws)
	sc.offs = grow(sc.offs, n+1)
	sc.feats = sc.feats[:0]
	for i := range ws {
		sc.offs[i] = len(sc.feats)
		if sc.cached(i) == nil {
			sc.feats = xposWord(&ws[i], sc.feats)
		}
		sc.feats = xposAround(ws, i, sc.feats)
	}
	sc.offs[n] = len(sc.feats)
	m.xpos.touch(sc.feats, xs)
	for i := range ws {
		clear(xs)
		sc.tagged = append(sc.tagged[:0], sc.feats[sc.offs[i]:sc.offs[i+1]]...)
		sc.tagged = xposTagged(ws, xp, i, sc.tagged)
		m.xpos.addRaw(sc.tagged, xs)
		m.xpos.scaleOut(xs)
		if e := sc.cached(i); e != nil {
			for c, v := range e.xs {
				xs[c] += v
			}
		}
		xp[i] = argmax(xs)
	}
	sc.feats = sc.feats[:0]
	for i := range ws {
		sc.offs[i] = len(sc.feats)
		if sc.cached(i) == nil {
			sc.feats = uposWord(&ws[i], sc.feats)
		}
		sc.feats = uposAround(ws, xp, i, sc.feats)
	}
	sc.offs[n] = len(sc.feats)
	m.upos.touch(sc.feats, us)
	for i := range ws {
		clear(us)
		sc.tagged = append(sc.tagged[:0], sc.feats[sc.offs[i]:sc.offs[i+1]]...)
		sc.tagged = uposTagged(up, xp, i, sc.tagged)
		m.upos.addRaw(sc.tagged, us)
		m.upos.scaleOut(us)
		if e := sc.cached(i); e != nil {
			for c, v := range e.us {
				us[c] += v
			}
		}
		up[i] = argmax(us)
	}
}

// trainTagSentence tags one sentence, updating the weights where a
// predicted tag differs from gold; it returns the number of correct UPOS.
func (m *Parser) trainTagSentence(ws []wordInfo, gx, gu []int, xp, up []int, sc *scratch) int {
	for i := range ws {
		sc.feats = xposFeatures(ws, xp, i, sc.feats[:0])
		m.xpos.score(sc.feats, sc.scores[:m.xpos.nc])
		p := argmax(sc.scores[:m.xpos.nc])
		m.xpos.tick()
		if p != gx[i] {
			m.xpos.update(sc.feats, gx[i], 1)
			m.xpos.update(sc.feats, p, -1)
		}
		xp[i] = p
	}
	ok := 0
	for i := range ws {
		sc.feats = uposFeatures(ws, xp, up, i, sc.feats[:0])
		m.upos.score(sc.feats, sc.scores[:m.upos.nc])
		p := argmax(sc.scores[:m.upos.nc])
		m.upos.tick()
		if p != gu[i] {
			m.upos.update(sc.feats, gu[i], 1)
			m.upos.update(sc.feats, p, -1)
		} else {
			ok++
		}
		up[i] = p
	}
	return ok
}
