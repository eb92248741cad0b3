package syntax

// Read-only slots hold a 32-bit fingerprint of the key (its high half;
// the slot index comes from its low bits), so the tables take half the
// memory and more of them stays in the caches. Two features would have
// to share 32 bits of hash and a probe run to be confused.

// islot is a slot of an inline table: its fingerprint in two halves
// (low first), so that the slot takes 10 bytes, not 12.
type islot struct {
	fp [2]uint16
	w  [inlineMax]int16
}

// key returns the slot's fingerprint (0: a free slot).
func (e *islot) key() uint32 { return uint32(e.fp[0]) | uint32(e.fp[1])<<16 }

// sslot is a slot of a sparse table. Most rows have three nonzero
// weights or fewer (a feature seen in one wrong guess has two), and
// those are kept in the slot itself, so that a lookup touches one cache
// line; unused entries are 0 (class 0, weight 0). A longer row spills:
// e[0] is then spill and e[1] the row's first word in dense, or, for a
// row of fewer weights than a dense row has words, spillList, e[1] its
// first entry in sp and e[2] its number of entries.
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

// spill and spillList mark a slot whose row is in dense or in sp (no
// class is 0xFFFF or 0xFFFE).
const (
	spill     = 0xFFFFFFFF
	spillList = 0xFFFFFFFE
)

// entry packs one nonzero weight of a sparse row with its class.
func entry(c int, w int16) uint32 { return uint32(c)<<16 | uint32(uint16(w)) }

const inlineMax = 3

// tableSize returns the number of slots for n keys: a power of two, at
// most half full so that a miss ends after a probe or two.
func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

// build makes p the read-only table of keys with rows q (quantised
// weights, nc per key, in key order; a weight is q × scale): inline for
// nMoves classes, sparse otherwise. The weights are not kept for saving.
func (p *weights) build(keys []uint64, q []int16, scale float32) {
	nc := p.nc
	size := tableSize(len(keys))
	p.mask, p.n, p.scale = uint64(size-1), len(keys), scale
	p.w, p.order, p.slots, p.islots, p.sslots, p.dense, p.sp = nil, nil, nil, nil, nil, nil, nil
	p.nw = (nc + 3) / 4
	p.inline, p.sparse = nc == nMoves, nc != nMoves
	if p.inline {
		p.islots = make([]islot, size)
		adviseHuge(p.islots)
		for i, k := range keys {
			s := (k >> 5) & p.mask
			for p.islots[s].key() != 0 {
				s = (s + 1) & p.mask
			}
			e := &p.islots[s]
			fp := fingerprint(k)
			e.fp = [2]uint16{uint16(fp), uint16(fp >> 16)}
			copy(e.w[:], q[i*nc:i*nc+nc])
		}
		return
	}
	p.sslots = make([]sslot, size)
	adviseHuge(p.sslots)
	var row []uint32
	for i, k := range keys {
		s := (k >> 5) & p.mask
		for p.sslots[s].fp != 0 {
			s = (s + 1) & p.mask
		}
		row = row[:0]
		for c, x := range q[i*nc : i*nc+nc] {
			if x != 0 {
				row = append(row, entry(c, x))
			}
		}
		e := &p.sslots[s]
		e.fp = fingerprint(k)
		if len(row) <= len(e.e) {
			copy(e.e[:], row)
			continue
		}
		if len(row) < p.nw {
			e.e = [3]uint32{spillList, uint32(len(p.sp)), uint32(len(row))}
			p.sp = append(p.sp, row...)
			continue
		}
		e.e = [3]uint32{spill, uint32(len(p.dense)), 0}
		p.dense = appendDense(p.dense, q[i*nc:i*nc+nc])
	}
}

// A dense row packs four weights in a word, each as an unsigned 16-bit
// lane holding weight + denseBias (class 4j+k of the row in lane k of
// word j; lanes past the last class hold a weight of 0). addDense sums
// the words two lanes at a time in 32-bit halves, which cannot carry
// into each other: a dozen integer additions for a row of fifty
// classes instead of a float addition per class.
const (
	denseBias  = 1 << 15
	denseLanes = 0x0000FFFF0000FFFF // lanes 0 and 2 of a word
)

// appendDense appends the dense row of weights q to d.
func appendDense(d []uint64, q []int16) []uint64 {
	for j := 0; j < len(q); j += 4 {
		var x uint64
		for k := range 4 {
			v := 0
			if j+k < len(q) {
				v = int(q[j+k])
			}
			x |= uint64(v+denseBias) << (16 * k)
		}
		d = append(d, x)
	}
	return d
}

// addDense adds the dense rows starting at words rows (at most
// touchMax) to out. It adds four rows at a time, so that each sum of
// the accumulators is loaded and stored once for four words.
func (p *weights) addDense(rows []uint32, out []float32) {
	// The sums of lanes 0 and 2, and of 1 and 3, of each word: small
	// arrays for the usual tag sets, as they are cleared at each call.
	if p.nw <= 16 {
		var a, b [16]uint64
		p.sumDense(rows, a[:p.nw], b[:p.nw], out)
		return
	}
	var a, b [64]uint64
	p.sumDense(rows, a[:p.nw], b[:p.nw], out)
}

// sumDense is addDense with its sums a and b (nw each, zero).
func (p *weights) sumDense(rows []uint32, a, b []uint64, out []float32) {
	nw, d := len(a), p.dense
	b = b[:nw]
	n := len(rows)
	for ; len(rows) >= 4; rows = rows[4:] {
		r0, r1, r2, r3 := d[rows[0]:][:nw], d[rows[1]:][:nw], d[rows[2]:][:nw], d[rows[3]:][:nw]
		for j := range a {
			x0, x1, x2, x3 := r0[j], r1[j], r2[j], r3[j]
			a[j] += x0&denseLanes + x1&denseLanes + x2&denseLanes + x3&denseLanes
			b[j] += x0>>16&denseLanes + x1>>16&denseLanes + x2>>16&denseLanes + x3>>16&denseLanes
		}
	}
	for _, r := range rows {
		row := d[r:][:nw]
		for j := range a {
			x := row[j]
			a[j] += x & denseLanes
			b[j] += x >> 16 & denseLanes
		}
	}
	// Each half sums fewer than 2^23 (touchMax rows of lanes below
	// 2^16), so the float32 values below are exact and so are the
	// weights' sums.
	bias := float32(n * denseBias)
	for j := range a {
		x, y := a[j], b[j]
		if o := out[4*j:]; len(o) >= 4 {
			o[0] += float32(uint32(x)) - bias
			o[1] += float32(uint32(y)) - bias
			o[2] += float32(uint32(x>>32)) - bias
			o[3] += float32(uint32(y>>32)) - bias
			continue
		}
		v := [4]uint64{x, y, x >> 32, y >> 32}
		for k := range out[4*j:] {
			out[4*j+k] += float32(uint32(v[k])) - bias
		}
	}
}

// touch loads the slots of feats, as the score functions do first, for
// a caller about to score many features in several calls; out is only
// passed to keep.
func (p *weights) touch(feats []uint64, out []float32) {
	var sum uint32
	switch {
	case p.inline:
		for _, f := range feats {
			sum += uint32(p.islots[(f>>5)&p.mask].fp[0])
		}
	case p.sparse:
		for _, f := range feats {
			sum += p.sslots[(f>>5)&p.mask].fp
		}
	}
	keep(sum, out)
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

// scoreInline adds the (unscaled) weights of an inline table (three
// classes).
func (p *weights) scoreInline(feats []uint64, out []float32) {
	slots, mask := p.islots, p.mask
	var sum uint32
	for _, f := range feats {
		sum += uint32(slots[(f>>5)&mask].fp[0])
	}
	keep(sum, out)
	// Integer sums (exact, as the float sums were) spare three
	// conversions a feature.
	var o0, o1, o2 int32
	for _, f := range feats {
		s, fp := (f>>5)&mask, fingerprint(f)
		for {
			e := &slots[s]
			k := e.key()
			if k == fp {
				o0 += int32(e.w[0])
				o1 += int32(e.w[1])
				o2 += int32(e.w[2])
				break
			}
			if k == 0 {
				break
			}
			s = (s + 1) & mask
		}
	}
	out[0] += float32(o0)
	out[1] += float32(o1)
	out[2] += float32(o2)
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
	var spilt [touchMax]uint32
	var listed [touchMax]*sslot
	n, nl := 0, 0
	last := p.nw - 1
	for _, f := range feats {
		s, fp := (f>>5)&mask, fingerprint(f)
		for {
			e := &slots[s]
			if e.fp == fp {
				if e.e[0] == spill {
					r := e.e[1]
					spilt[n] = r
					n++
					sum += uint32(p.dense[r]) + uint32(p.dense[int(r)+last])
					break
				}
				if e.e[0] == spillList {
					listed[nl] = e
					nl++
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
	if n > 0 {
		p.addDense(spilt[:n], out)
	}
	for _, e := range listed[:nl] {
		for _, x := range p.sp[e.e[1] : e.e[1]+e.e[2]] {
			out[x>>16] += float32(int16(x))
		}
	}
}
