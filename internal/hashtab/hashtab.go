package hashtab

import (
	"cmp"
	"hash/maphash"
	"slices"
)

// Table maps nonzero 64-bit hashes to values of type V, which should
// hold no pointers (see the package doc).
type Table[V any] struct {
	slots  []Slot[V]
	mask   uint64
	n      int // items
	spread int // slots per item at least
}

// Slot is one slot of a table: an item, or none when Hash is 0.
type Slot[V any] struct {
	Hash uint64
	Val  V
}

// New returns an empty table with room for n items at spread slots per
// item (2 or more; 3 or 4 for tables looked up often with keys they
// lack). It doubles as items are added past that.
func New[V any](n, spread int) *Table[V] {
	spread = max(spread, 2)
	return &Table[V]{slots: make([]Slot[V], size(n, spread)), mask: uint64(size(n, spread) - 1), spread: spread}
}

// size is the number of slots for n items at spread slots per item: a
// power of two, 16 or more.
func size(n, spread int) int {
	s := 16
	for s < spread*n {
		s *= 2
	}
	return s
}

// String returns the hash of s under seed, never 0.
func String(seed maphash.Seed, s string) uint64 {
	return max(maphash.String(seed, s), 1)
}

// Len returns the number of items.
func (t *Table[V]) Len() int { return t.n }

// home is the slot where probing for hash h starts.
func (t *Table[V]) home(h uint64) uint64 { return (h >> 7) & t.mask }

// Get returns the value of the first item of hash h: the value of h in a
// table whose hashes are the keys themselves.
func (t *Table[V]) Get(h uint64) (V, bool) {
	for i := t.home(h); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.Hash {
		case h:
			return s.Val, true
		case 0:
			var zero V
			return zero, false
		}
	}
}

// Homes sets homes[j] to the home slot of hs[j] (homes as long as hs at
// least), in a loop without branches whose loads do not depend on each
// other, so that their cache misses overlap: a slot of hash hs[j] holds
// its value, an empty one says it is absent, and only the others need
// Get.
func (t *Table[V]) Homes(hs []uint64, homes []Slot[V]) {
	homes = homes[:len(hs)]
	for j, h := range hs {
		homes[j] = t.slots[t.home(h)]
	}
}

// Find returns the value of the first item of hash h for which match
// holds.
func (t *Table[V]) Find(h uint64, match func(*V) bool) (V, bool) {
	for i := t.home(h); t.slots[i].Hash != 0; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.Hash == h && match(&s.Val) {
			return s.Val, true
		}
	}
	var zero V
	return zero, false
}

// Ref returns the value of the first item of hash h for which match
// holds, to be changed in place, or nil.
func (t *Table[V]) Ref(h uint64, match func(*V) bool) *V {
	for i := t.home(h); t.slots[i].Hash != 0; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.Hash == h && match(&s.Val) {
			return &s.Val
		}
	}
	return nil
}

// Put gives the first item of hash h for which match holds (any item of
// hash h when match is nil) the value v, or adds the item (h, v). It
// reports whether it added one.
func (t *Table[V]) Put(h uint64, v V, match func(*V) bool) bool {
	for i := t.home(h); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.Hash == h && (match == nil || match(&s.Val)) {
			s.Val = v
			return false
		}
		if s.Hash != 0 {
			continue
		}
		if t.spread*(t.n+1) > len(t.slots) {
			t.grow()
			return t.Put(h, v, match)
		}
		*s = Slot[V]{h, v}
		t.n++
		return true
	}
}

// grow doubles the slots.
func (t *Table[V]) grow() {
	old := t.slots
	t.slots = make([]Slot[V], 2*len(old))
	t.mask = uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.Hash == 0 {
			continue
		}
		i := t.home(s.Hash)
		for t.slots[i].Hash != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
}

// FromPairs returns a table of the items (keys[i], vals[i]) at spread
// slots per item; of two items with one key the last stays.
func FromPairs[V any](keys []uint64, vals []V, spread int) *Table[V] {
	t := New[V](len(keys), spread)
	for i, k := range keys {
		t.Put(k, vals[i], nil)
	}
	return t
}

// Pairs returns the hashes of the items, in increasing order, and their
// values.
func (t *Table[V]) Pairs() ([]uint64, []V) {
	var items []Slot[V]
	for _, s := range t.slots {
		if s.Hash != 0 {
			items = append(items, s)
		}
	}
	slices.SortStableFunc(items, func(a, b Slot[V]) int { return cmp.Compare(a.Hash, b.Hash) })
	ks, vs := make([]uint64, len(items)), make([]V, len(items))
	for i, s := range items {
		ks[i], vs[i] = s.Hash, s.Val
	}
	return ks, vs
}
