package article

import "testing"

// TestFurnitureMemo checks that the memo answers as isFurniture does, the
// first time and from memory.
func TestFurnitureMemo(t *testing.T) {
	paras := []string{
		"***",
		"Share this article: Facebook Twitter",
		"The central bank raised its main rate by half a point on Tuesday, the third rise this year.",
		"Copyright 2024 Example Media. All rights reserved.",
		"Tags: economy, banks",
	}
	m := furnitureMemo{}
	for round := range 2 {
		for _, p := range paras {
			if got, want := m.is(p), isFurniture(p); got != want {
				t.Errorf("round %d: memo says %v for %q, isFurniture %v", round, got, p, want)
			}
		}
	}
	if len(m) != len(paras) {
		t.Errorf("memo holds %d paragraphs, want %d", len(m), len(paras))
	}
	if !m.is("***") || m.is(paras[2]) {
		t.Errorf("memo: furniture %q and body %q read wrong", "***", paras[2])
	}
}
