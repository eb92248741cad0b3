package gazetteer

import "hash/maphash"

// The slots of the gazetteer's two hash tables (key → group, ID → entry)
// hold no pointers, so that the garbage collector does not scan them (see
// block.go): open addressing with linear probing over a power-of-two
// array of slots, each slot holding the upper half of its item's hash, to
// skip most comparisons, and the item as a number.

// maxLoad is the largest share of used slots before a table doubles.
const maxLoad = 0.5

// tableSize is the number of slots for n items: a power of two at most
// maxLoad full.
func tableSize(n int) int {
	size := 16
	for float64(n) > maxLoad*float64(size) {
		size *= 2
	}
	return size
}

// keyTable maps keys to int32 values. A key is a range of keys, the text
// of every key one after another.
type keyTable struct {
	seed  maphash.Seed
	slots []keySlot
	keys  []byte
	n     int
}

// keySlot is one slot of a keyTable; end 0 marks an empty slot (no key is
// empty).
type keySlot struct {
	tag        uint32 // the hash's upper half
	start, end uint32 // the key is keys[start:end]
	val        int32
}

func newKeyTable(n int) *keyTable {
	return &keyTable{seed: maphash.MakeSeed(), slots: make([]keySlot, tableSize(n))}
}

// get returns the value of key.
func (t *keyTable) get(key string) (int32, bool) {
	if _, s := t.find(key); s.end != 0 {
		return s.val, true
	}
	return 0, false
}

// find returns the hash tag of key and its slot, or the empty slot where
// key would go.
func (t *keyTable) find(key string) (uint32, *keySlot) {
	h := maphash.String(t.seed, key)
	tag, mask := uint32(h>>32), len(t.slots)-1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.end == 0 || s.tag == tag && int(s.end-s.start) == len(key) && string(t.keys[s.start:s.end]) == key {
			return tag, s
		}
	}
}

// set gives keys[start:end] the value val.
func (t *keyTable) set(start, end int, val int32) {
	key := string(t.keys[start:end])
	tag, s := t.find(key)
	if s.end == 0 {
		if float64(t.n+1) > maxLoad*float64(len(t.slots)) {
			t.grow()
			tag, s = t.find(key)
		}
		t.n++
		*s = keySlot{tag: tag, start: uint32(start), end: uint32(end)}
	}
	s.val = val
}

func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]keySlot, 2*len(old))
	for _, s := range old {
		if s.end != 0 {
			_, free := t.find(string(t.keys[s.start:s.end]))
			*free = s
		}
	}
}

// idTable finds entries by ID: a slot holds an index into the entries
// plus one, 0 for an empty slot.
type idTable struct {
	seed  maphash.Seed
	slots []idSlot
}

type idSlot struct{ tag, entry uint32 }

// newIDTable indexes the IDs of entries; the last of several entries with
// one ID wins.
func newIDTable(entries []Entry) *idTable {
	t := &idTable{seed: maphash.MakeSeed(), slots: make([]idSlot, tableSize(len(entries)))}
	for i := range entries {
		tag, s := t.find(entries, entries[i].ID)
		*s = idSlot{tag, uint32(i + 1)}
	}
	return t
}

// get returns the index of the entry with the ID, or -1.
func (t *idTable) get(entries []Entry, id string) int {
	_, s := t.find(entries, id)
	return int(s.entry) - 1
}

// find returns the hash tag of id and its slot, or the empty slot where it
// would go.
func (t *idTable) find(entries []Entry, id string) (uint32, *idSlot) {
	h := maphash.String(t.seed, id)
	tag, mask := uint32(h>>32), len(t.slots)-1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.entry == 0 || s.tag == tag && entries[s.entry-1].ID == id {
			return tag, s
		}
	}
}
