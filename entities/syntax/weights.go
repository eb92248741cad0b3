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

	// Read-only tables (packed.go) hold their weights in one of two
	// faster forms:
	// inline (islots: the weights in the slot, for nMoves classes, so a
	// lookup touches one cache line) or sparse (sslots: most features
	// weigh only a few of many classes; the rows of those that weigh more
	// spill to sp, or when longer to dense, nw words each).
	inline bool
	scale  float32  // read-only forms hold weights as int16 × scale (as saved)
	order  []uint64 // keys in the order of w's rows
	islots []islot
	sparse bool
	sslots []sslot
	sp     []uint32 // the entries of the shorter rows that spill
	dense  []uint64 // the longer rows that spill, packed (see addDense)
	nw     int      // words of a dense row
}

// slot is one entry of a table being trained: a key and its row of w.
type slot struct {
	key uint64
	row uint32
}

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
	p.addRaw(feats, out)
	p.scaleOut(out)
}

// addRaw adds the features' weights to out, unscaled: read-only tables
// hold integers, whose sums are exact in float32 (so they can be added
// in any order and in several calls), and scaleOut then scales them.
func (p *weights) addRaw(feats []uint64, out []float32) {
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

// scaleOut turns sums of addRaw into weights.
func (p *weights) scaleOut(out []float32) {
	if p.inline || p.sparse {
		for c := range out {
			out[c] *= p.scale
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
// read-only form (see build; or, for a table of 256 classes or more,
// the training form); w is kept for saving.
func (p *weights) rebuild(keys []uint64, w []float32) {
	var mx float32
	for _, v := range w {
		mx = max(mx, v, -v)
	}
	scale := max(mx, 1e-30) / 32767
	if p.nc < 256 {
		q := make([]int16, len(w))
		for i, v := range w {
			q[i] = int16(math.Round(float64(v / scale)))
		}
		p.build(keys, q, scale)
		p.w, p.order = w, keys
		return
	}
	p.mask, p.n, p.w, p.order = uint64(tableSize(len(keys))-1), len(keys), w, keys
	p.inline, p.sparse, p.islots, p.sslots, p.dense, p.sp = false, false, nil, nil, nil, nil
	p.slots = make([]slot, p.mask+1)
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
