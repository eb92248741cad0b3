package store

import "testing"

// TestJoinIsUndoable joins entity P into A: Load, Names and Resolve
// follow the join as a merge; Joins, BaseEntities and an Unjoined load
// leave it out, linking's own merge (M into A) stays in all of them; the
// store checks clean; and Unjoin gives back the graph without it.
func TestJoinIsUndoable(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	a, _, p, _, m := addSample(t, s)
	if err := s.Update(func(tx *Txn) error { return tx.Join(p, a) }); err != nil {
		t.Fatal(err)
	}
	count := func(o LoadOptions) int {
		t.Helper()
		g, err := s.Load(o)
		if err != nil {
			t.Fatal(err)
		}
		return len(g.Entities)
	}
	if n := count(LoadOptions{}); n != 3 {
		t.Errorf("joined: %d entities, want 3 (M and P in A)", n)
	}
	if n := count(LoadOptions{Unjoined: true}); n != 4 {
		t.Errorf("unjoined load: %d entities, want 4 (M in A only)", n)
	}
	err := s.View(func(tx *Txn) error {
		if r, err := tx.Resolve(p); err != nil || r != a {
			t.Errorf("Resolve(P) = %d, %v; want A", r, err)
		}
		joins, err := tx.Joins()
		if err != nil {
			return err
		}
		if len(joins) != 1 || joins[p] != a {
			t.Errorf("Joins = %v, want P → A only (not linking's M → A)", joins)
		}
		base, err := tx.BaseEntities()
		if err != nil {
			return err
		}
		for _, e := range base {
			if e.ID == m {
				t.Errorf("BaseEntities holds M, which linking merged into A")
			}
		}
		if len(base) != 4 {
			t.Errorf("BaseEntities: %d, want 4", len(base))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("check with a join: %v", err)
	}
	if err := s.Update(func(tx *Txn) error { return tx.Unjoin(p) }); err != nil {
		t.Fatal(err)
	}
	if n := count(LoadOptions{}); n != 4 {
		t.Errorf("after Unjoin: %d entities, want 4", n)
	}
}
