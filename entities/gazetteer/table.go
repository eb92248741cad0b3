package gazetteer

import (
	"hash/maphash"

	"github.com/newsgraph/newsgraph/internal/hashtab"
)

// The gazetteer's two hash tables (key → group, ID → entry) are
// internal/hashtab tables of string hashes whose values locate the keys
// and the entries: nothing in them holds a pointer, so the garbage
// collector does not scan them (see block.go).

// keyTable maps keys to int32 values. A key is a range of keys, the text
// of every key one after another.
type keyTable struct {
	seed maphash.Seed
	tab  *hashtab.Table[keyItem]
	keys []byte
}

// keyItem is a key, keys[start:end], and its value.
type keyItem struct {
	start, end uint32
	val        int32
}

func newKeyTable(n int) *keyTable {
	return &keyTable{seed: maphash.MakeSeed(), tab: hashtab.New[keyItem](n, 2)}
}

// get returns the value of key.
func (t *keyTable) get(key string) (int32, bool) {
	if it := t.tab.Ref(hashtab.String(t.seed, key), t.is(key)); it != nil {
		return it.val, true
	}
	return 0, false
}

// is returns the function that tells whether an item's key is key.
func (t *keyTable) is(key string) func(*keyItem) bool {
	return func(it *keyItem) bool {
		return int(it.end-it.start) == len(key) && string(t.keys[it.start:it.end]) == key
	}
}

// set gives keys[start:end] the value val.
func (t *keyTable) set(start, end int, val int32) {
	key := string(t.keys[start:end])
	h := hashtab.String(t.seed, key)
	if it := t.tab.Ref(h, t.is(key)); it != nil {
		it.val = val
		return
	}
	t.tab.Put(h, keyItem{start: uint32(start), end: uint32(end), val: val}, t.is(key))
}

// idTable finds entries by ID: its values index the entries.
type idTable struct {
	seed maphash.Seed
	tab  *hashtab.Table[uint32]
}

// newIDTable indexes the IDs of entries; the last of several entries with
// one ID wins.
func newIDTable(entries []Entry) *idTable {
	t := &idTable{seed: maphash.MakeSeed(), tab: hashtab.New[uint32](len(entries), 2)}
	for i := range entries {
		id := entries[i].ID
		t.tab.Put(hashtab.String(t.seed, id), uint32(i), func(j *uint32) bool { return entries[*j].ID == id })
	}
	return t
}

// get returns the index of the entry with the ID, or -1.
func (t *idTable) get(entries []Entry, id string) int {
	if i := t.tab.Ref(hashtab.String(t.seed, id), func(j *uint32) bool { return entries[*j].ID == id }); i != nil {
		return int(*i)
	}
	return -1
}
