package store

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNameKeys: the keys under a prefix, each once and in order, the
// transaction's own entries included, other keys (a key that is the
// prefix less a byte, one that sorts just after) left out.
func TestNameKeys(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	add := func(tx *Txn, key string, id graph.ID) {
		if err := tx.AddName(key, id, graph.NameFull); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Update(func(tx *Txn) error {
		add(tx, "\x01mark 7", 7)
		add(tx, "\x01mark 12", 12)
		add(tx, "\x01mark 12", 13) // a second entity under one key
		add(tx, "\x01mar", 3)
		add(tx, "\x01marl 4", 4)
		add(tx, "mark 5", 5)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{"\x01mark 12", "\x01mark 7"}
	if err := s.View(func(tx *Txn) error {
		got, err := tx.NameKeys("\x01mark ")
		if err != nil {
			return err
		}
		if !slices.Equal(got, want) {
			t.Errorf("NameKeys = %q, want %q", got, want)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(func(tx *Txn) error {
		add(tx, "\x01mark 9", 9)
		got, err := tx.NameKeys("\x01mark ")
		if err != nil {
			return err
		}
		if w := append(slices.Clone(want), "\x01mark 9"); !slices.Equal(got, w) {
			t.Errorf("NameKeys with a pending entry = %q, want %q", got, w)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
