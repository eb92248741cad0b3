package ner

import (
	"cmp"
	"slices"
)

// table maps nonzero 64-bit hashes to uint32 values with open addressing
// and linear probing, kept sparse so that a miss (for the feature table
// the common case: most features of a text were never weighted) ends
// after one or two probes. It is read-only once built, so safe for concurrent lookups.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64
	val uint32
}

// newTable builds a table of the pairs with spread slots per pair (2 or
// more; 3 or 4 for tables looked up often with keys they lack).
func newTable(keys []uint64, vals []uint32, spread int) *table {
	size := 16
	for size < spread*len(keys) {
		size *= 2
	}
	t := &table{slots: make([]slot, size), mask: uint64(size - 1)}
	for i, k := range keys {
		s := (k >> 7) & t.mask
		for t.slots[s].key != 0 && t.slots[s].key != k {
			s = (s + 1) & t.mask
		}
		t.slots[s] = slot{k, vals[i]}
	}
	return t
}

// get returns the value of k.
func (t *table) get(k uint64) (uint32, bool) {
	s := (k >> 7) & t.mask
	for {
		e := &t.slots[s]
		switch e.key {
		case k:
			return e.val, true
		case 0:
			return 0, false
		}
		s = (s + 1) & t.mask
	}
}

// pairs returns the table's keys, in increasing order, and their values.
func (t *table) pairs() ([]uint64, []uint32) {
	var es []slot
	for _, e := range t.slots {
		if e.key != 0 {
			es = append(es, e)
		}
	}
	slices.SortFunc(es, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	ks := make([]uint64, len(es))
	vs := make([]uint32, len(es))
	for i, e := range es {
		ks[i], vs[i] = e.key, e.val
	}
	return ks, vs
}
