package hashtab

import (
	"hash/maphash"
	"slices"
	"testing"
)

// TestTable checks Get, Put and Pairs against a map, through growth, and
// that Homes settles what the home slots hold.
func TestTable(t *testing.T) {
	tab := New[uint32](4, 2)
	want := map[uint64]uint32{}
	for i := range uint64(1000) {
		h := i*0x9e3779b97f4a7c15 | 1
		if added := tab.Put(h, uint32(i), nil); !added {
			t.Fatalf("Put(%x) replaced an item", h)
		}
		want[h] = uint32(i)
	}
	if tab.Put(1, 7, nil) || tab.Len() != 1000 {
		t.Errorf("Put of a hash there added an item: %d items", tab.Len())
	}
	want[1] = 7
	for h, v := range want {
		if got, ok := tab.Get(h); !ok || got != v {
			t.Errorf("Get(%x) = %d %v, want %d", h, got, ok, v)
		}
	}
	if _, ok := tab.Get(2); ok {
		t.Error("Get(2) found an item never put")
	}
	ks, vs := tab.Pairs()
	if len(ks) != len(want) || !slices.IsSorted(ks) {
		t.Fatalf("Pairs gave %d hashes (sorted %v), want %d sorted", len(ks), slices.IsSorted(ks), len(want))
	}
	for i, k := range ks {
		if want[k] != vs[i] {
			t.Errorf("Pairs: %x → %d, want %d", k, vs[i], want[k])
		}
	}
	back := FromPairs(ks, vs, 3)
	homes := make([]Slot[uint32], len(ks)+1)
	hs := append(slices.Clone(ks), 2)
	back.Homes(hs, homes)
	for j, h := range hs {
		switch homes[j].Hash {
		case h:
			if homes[j].Val != want[h] {
				t.Errorf("home of %x holds %d, want %d", h, homes[j].Val, want[h])
			}
		case 0:
			if _, ok := want[h]; ok {
				t.Errorf("home of %x is empty, but it is there", h)
			}
		}
	}
}

// TestFindSharedHash checks that items of one hash are told apart by the
// match function, as string keys that collide would be.
func TestFindSharedHash(t *testing.T) {
	keys := []string{"alpha", "beta", "gamma"}
	tab := New[uint32](0, 2)
	for i, k := range keys {
		tab.Put(42, uint32(i), func(j *uint32) bool { return keys[*j] == k })
	}
	if tab.Len() != 3 {
		t.Fatalf("%d items under one hash, want 3", tab.Len())
	}
	for i, k := range keys {
		if got, ok := tab.Find(42, func(j *uint32) bool { return keys[*j] == k }); !ok || got != uint32(i) {
			t.Errorf("Find(%q) = %d %v, want %d", k, got, ok, i)
		}
	}
	if _, ok := tab.Find(42, func(j *uint32) bool { return keys[*j] == "delta" }); ok {
		t.Error("Find(delta) found an item")
	}
	if String(maphash.MakeSeed(), "") == 0 {
		t.Error("String hashed to 0")
	}
}
