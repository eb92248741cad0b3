package ner

// table maps nonzero 64-bit hashes to uint32 values with open addressing
// and linear probing. It is read-only once built, so safe for concurrent
// lookups.
type table struct {
	keys []uint64
	vals []uint32
	mask uint64
}

// newTable builds a table of the pairs, at most half full.
func newTable(keys []uint64, vals []uint32) *table {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t := &table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
	for i, k := range keys {
		s := (k >> 7) & t.mask
		for t.keys[s] != 0 && t.keys[s] != k {
			s = (s + 1) & t.mask
		}
		t.keys[s] = k
		t.vals[s] = vals[i]
	}
	return t
}

// get returns the value of k.
func (t *table) get(k uint64) (uint32, bool) {
	s := (k >> 7) & t.mask
	for {
		switch t.keys[s] {
		case k:
			return t.vals[s], true
		case 0:
			return 0, false
		}
		s = (s + 1) & t.mask
	}
}

// pairs returns the table's keys and values (in slot order).
func (t *table) pairs() ([]uint64, []uint32) {
	var ks []uint64
	var vs []uint32
	for i, k := range t.keys {
		if k != 0 {
			ks = append(ks, k)
			vs = append(vs, t.vals[i])
		}
	}
	return ks, vs
}
