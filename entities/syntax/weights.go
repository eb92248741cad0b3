package syntax

import (
	"math"
	"slices"
)

// weights is an averaged perceptron whose feature rows hold one weight
// per class: a feature hash maps, through an open-addressing table, to a
// row of nc float32 weights. While training, acc holds the running sums
// that averaging needs (the "w − u/c" form: one sum per weight, no
// timestamps); after average it is dropped and the table is read-only.
type weights struct {
	nc    int
	slots []slot // open addressing, linear probing; key 0 = empty
	mask  uint64
	n     int
	w     []float32
	acc   []float64
	c     float64 // instances seen

	// Read-only tables hold their weights in one of two faster forms:
	// inline (islots: the weights in the slot, for nMoves classes, so a
	// lookup touches one cache line) or sparse (sslots index rows of sp:
	// most features weigh only a few of many classes).
	inline bool
	scale  float32  // read-only forms hold weights as int16 × scale (as saved)
	order  []uint64 // keys in the order of w's rows
	islots []islot
	sparse bool
	sslots []sslot
	sp     []uint32 // entries of the rows that spill
}

// slot is one entry of a table being trained: a key and its row of w.
type slot struct {
	key uint64
	row uint32
}

// Read-only slots hold a 32-bit fingerprint of the key (its high half;
// the slot index comes from its low bits), so the tables take half the
// memory and more of them stays in the caches. Two features would have
// to share 32 bits of hash and a probe run to be confused.

// islot is a slot of an inline table.
type islot struct {
	fp uint32
	w  [inlineMax]int16
}

// sslot is a slot of a sparse table. Most rows have three nonzero
// weights or fewer (a feature seen in one wrong guess has two), and
// those are kept in the slot itself, so that a lookup touches one cache
// line; unused entries are 0 (class 0, weight 0). A longer row spills to
// sp: e[0] is then spill, e[1] the row's first weight in sp and e[2]
// its number of weights.
type sslot struct {
	fp uint32
	e  [3]uint32 // entry: class<<16 | uint16(weight)
}

// fingerprint returns the high half of k, never 0 (0 marks a free slot).
func fingerprint(k uint64) uint32 {
	if f := uint32(k >> 32); f != 0 {
		return f
	}
	return 1
}

// spill marks a slot whose row is in sp (no class is 0xFFFF).
const spill = 0xFFFFFFFF

// entry packs one nonzero weight of a sparse row with its class.
func entry(c int, w int16) uint32 { return uint32(c)<<16 | uint32(uint16(w)) }

const inlineMax = 3

func newWeights(nc int) *weights {
	const size = 1 << 12
	return &weights{nc: nc, slots: make([]slot, size), mask: size - 1}
}

// row returns the row index of key k, or -1.
func (p *weights) row(k uint64) int {
	s := (k >> 5) & p.mask
	for {
		e := &p.slots[s]
		switch e.key {
		case k:
			return int(e.row)
		case 0:
			return -1
		}
		s = (s + 1) & p.mask
	}
}

// addRow returns k's row, adding a zero row when k has none.
func (p *weights) addRow(k uint64) int {
	if r := p.row(k); r >= 0 {
		return r
	}
	if 2*(p.n+1) > len(p.slots) {
		p.grow()
	}
	s := (k >> 5) & p.mask
	for p.slots[s].key != 0 {
		s = (s + 1) & p.mask
	}
	p.slots[s] = slot{key: k, row: uint32(p.n)}
	p.n++
	p.w = append(p.w, make([]float32, p.nc)...)
	if p.acc != nil {
		p.acc = append(p.acc, make([]float64, p.nc)...)
	}
	return p.n - 1
}

func (p *weights) grow() {
	old := p.slots
	size := 2 * len(old)
	p.slots, p.mask = make([]slot, size), uint64(size-1)
	for _, e := range old {
		if e.key == 0 {
			continue
		}
		s := (e.key >> 5) & p.mask
		for p.slots[s].key != 0 {
			s = (s + 1) & p.mask
		}
		p.slots[s] = e
	}
}

// score sets out[c] to the sum of the features' weights for class c.
func (p *weights) score(feats []uint64, out []float32) {
	clear(out)
	switch {
	case p.inline:
		p.scoreInline(feats, out)
		return
	case p.sparse:
		for len(feats) > 0 {
			k := min(len(feats), touchMax)
			p.scoreSparse(feats[:k], out)
			feats = feats[k:]
		}
		for c := range out {
			out[c] *= p.scale
		}
		return
	}
	nc := p.nc
	for _, f := range feats {
		r := p.row(f)
		if r < 0 {
			continue
		}
		row := p.w[r*nc : r*nc+nc]
		for c, v := range row {
			out[c] += v
		}
	}
}

// The tables are far larger than the caches, so nearly every lookup
// misses. The score functions first touch every slot they will probe in
// a loop whose loads do not depend on each other or on a branch, so the
// processor fetches many cache lines at once; the probing that follows
// then finds them in the cache. The touched values are folded into a sum
// that decides nothing (see keep) but stops the compiler dropping the
// loads.

// touchMax is how many features are touched ahead of their probing (the
// lines of more might not stay in the first-level cache).
const touchMax = 64

// keep uses a value that the touch loops computed without changing out.
func keep(sum uint32, out []float32) {
	if sum == 1 && len(out) > 0 {
		out[0] += 0
	}
}

// scoreInline adds the weights of an inline table (three classes).
func (p *weights) scoreInline(feats []uint64, out []float32) {
	slots, mask := p.islots, p.mask
	var sum uint32
	for _, f := range feats {
		sum += slots[(f>>5)&mask].fp
	}
	keep(sum, out)
	var o0, o1, o2 float32
	for _, f := range feats {
		s, fp := (f>>5)&mask, fingerprint(f)
		for {
			e := &slots[s]
			if e.fp == fp {
				o0 += float32(e.w[0])
				o1 += float32(e.w[1])
				o2 += float32(e.w[2])
				break
			}
			if e.fp == 0 {
				break
			}
			s = (s + 1) & mask
		}
	}
	out[0] += o0 * p.scale
	out[1] += o1 * p.scale
	out[2] += o2 * p.scale
}

// scoreSparse adds the (unscaled) weights of at most touchMax features
// of a sparse table: the slots are touched, then probed (adding the rows
// they hold and touching the rows that spill), then the spilled rows are
// added. The weights are integers and their sums stay exact in float32,
// so the order of the additions does not change the scores.
func (p *weights) scoreSparse(feats []uint64, out []float32) {
	slots, mask := p.sslots, p.mask
	var sum uint32
	for _, f := range feats {
		sum += slots[(f>>5)&mask].fp
	}
	var spilt [touchMax]*sslot
	n := 0
	for _, f := range feats {
		s, fp := (f>>5)&mask, fingerprint(f)
		for {
			e := &slots[s]
			if e.fp == fp {
				if e.e[0] == spill {
					spilt[n] = e
					n++
					sum += p.sp[e.e[1]]
					break
				}
				for _, x := range e.e {
					out[x>>16] += float32(int16(x))
				}
				break
			}
			if e.fp == 0 {
				break
			}
			s = (s + 1) & mask
		}
	}
	keep(sum, out)
	for _, e := range spilt[:n] {
		for _, x := range p.sp[e.e[1] : e.e[1]+e.e[2]] {
			out[x>>16] += float32(int16(x))
		}
	}
}

// tick counts one training instance (averaging weighs each weight by
// how many instances it stood for).
func (p *weights) tick() { p.c++ }

// update adds d to class c of every feature.
func (p *weights) update(feats []uint64, c int, d float32) {
	if p.acc == nil {
		p.acc = make([]float64, len(p.w))
	}
	for _, f := range feats {
		r := p.addRow(f)
		i := r*p.nc + c
		p.w[i] += d
		p.acc[i] += p.c * float64(d)
	}
}

// average replaces each weight by its average over the instances seen,
// drops rows left all zero and ends training.
func (p *weights) average() {
	if p.c > 0 && p.acc != nil {
		for i := range p.w {
			p.w[i] = float32(float64(p.w[i]) - p.acc[i]/p.c)
		}
	}
	p.acc = nil
	p.prune(1e-4)
}

// prune drops rows whose weights are all smaller than eps in magnitude.
func (p *weights) prune(eps float32) {
	nc := p.nc
	var keys []uint64
	var w []float32
	for r, k := range p.rowKeys() {
		row := p.w[r*nc : r*nc+nc]
		for _, v := range row {
			if v > eps || v < -eps {
				keys = append(keys, k)
				w = append(w, row...)
				break
			}
		}
	}
	p.rebuild(keys, w)
}

// rowKeys returns the key of each row of p.w.
func (p *weights) rowKeys() []uint64 {
	if p.order != nil {
		return p.order
	}
	keys := make([]uint64, p.n)
	for _, e := range p.slots {
		if e.key != 0 {
			keys[e.row] = e.key
		}
	}
	return keys
}

// rebuild makes the table hold keys with rows w (in key order), in its
// read-only form: inline for nMoves classes, sparse otherwise (or, for a
// table too large to pack, the training form), at most half full so that
// a miss ends after a probe or two; w is kept for saving.
func (p *weights) rebuild(keys []uint64, w []float32) {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	nc := p.nc
	p.mask, p.n, p.w, p.order = uint64(size-1), len(keys), w, keys
	p.slots, p.islots, p.sslots, p.sp = nil, nil, nil, nil
	var mx float32
	for _, v := range w {
		mx = max(mx, v, -v)
	}
	p.scale = max(mx, 1e-30) / 32767
	q := func(v float32) int16 { return int16(math.Round(float64(v / p.scale))) }
	p.inline, p.sparse = nc == nMoves, nc != nMoves && nc < 256
	if p.inline {
		p.islots = make([]islot, size)
		adviseHuge(p.islots)
		for i, k := range keys {
			s := (k >> 5) & p.mask
			for p.islots[s].fp != 0 {
				s = (s + 1) & p.mask
			}
			e := &p.islots[s]
			e.fp = fingerprint(k)
			for c, v := range w[i*nc : i*nc+nc] {
				e.w[c] = q(v)
			}
		}
		return
	}
	if p.sparse {
		p.sslots = make([]sslot, size)
		adviseHuge(p.sslots)
		var row []uint32
		for i, k := range keys {
			s := (k >> 5) & p.mask
			for p.sslots[s].fp != 0 {
				s = (s + 1) & p.mask
			}
			row = row[:0]
			for c, v := range w[i*nc : i*nc+nc] {
				if x := q(v); x != 0 {
					row = append(row, entry(c, x))
				}
			}
			e := &p.sslots[s]
			e.fp = fingerprint(k)
			if len(row) <= len(e.e) {
				copy(e.e[:], row)
				continue
			}
			e.e = [3]uint32{spill, uint32(len(p.sp)), uint32(len(row))}
			p.sp = append(p.sp, row...)
		}
		return
	}
	p.slots = make([]slot, size)
	for i, k := range keys {
		s := (k >> 5) & p.mask
		for p.slots[s].key != 0 {
			s = (s + 1) & p.mask
		}
		p.slots[s] = slot{key: k, row: uint32(i)}
	}
}

// pairs returns the keys in row order (of p.w), for a table built by
// rebuild.
func (p *weights) pairs() []uint64 {
	return slices.Clone(p.order)
}

// pruneRelative drops rows whose largest weight is below frac of the
// table's largest: the many features seen once or twice in training
// barely move a decision, and without them the tables fit the caches.
func (p *weights) pruneRelative(frac float32) {
	var mx float32
	for _, v := range p.w {
		mx = max(mx, v, -v)
	}
	p.prune(frac * mx)
}
