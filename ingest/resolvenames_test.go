package ingest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// sharesOf returns what the stores share (Bases): what a cluster they
// pushed into holds.
func sharesOf(t *testing.T, stores ...*store.Store) []Known {
	t.Helper()
	var known []Known
	for _, s := range stores {
		bases, err := Bases(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, list := range bases {
			known = append(known, list...)
		}
	}
	return known
}

// gulf is an article naming the place "Quill Gulf" and, as another name
// of it, "Quill Gulf, <side>".
func gulf(side string) *entities.Extraction {
	e := word("Quill Gulf", graph.Place, false)
	e.Aliases = []string{"Quill Gulf, " + side}
	return &entities.Extraction{Entities: []*entities.Entity{e}}
}

// TestResolveNamesOverRecords: the name Resolve chooses (the fullest) is
// laid over the record, which keeps the name linking gave, so the store
// shares (Bases) the entity as linking left it; a second pass changes
// nothing.
func TestResolveNamesOverRecords(t *testing.T) {
	s := linkedStore(t, filepath.Join(t.TempDir(), "db"), gulf("Northside"))
	if got, want := nodes(t, s), []string{"place:Quill Gulf, Northside"}; !slices.Equal(got, want) {
		t.Errorf("nodes = %q, want %q", got, want)
	}
	bases, err := Bases(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range bases {
		for _, k := range list {
			if k.Name != "Quill Gulf" {
				t.Errorf("shared as %q, want linking's name %q", k.Name, "Quill Gulf")
			}
		}
	}
	if res, err := Resolve(s); err != nil || *res != (Resolved{}) {
		t.Errorf("second Resolve: %+v, %v; want no change", res, err)
	}
}

// TestConvergeLinkingNames: two stores each read one article naming
// "Quill Gulf" with another fuller name; each names it by its own fuller
// name, but they share it under linking's name, so converging both
// against both gives one entity, as one store of both articles holds,
// named alike.
func TestConvergeLinkingNames(t *testing.T) {
	dir := t.TempDir()
	one := linkedStore(t, filepath.Join(dir, "one"), gulf("Northside"), gulf("Southside"))
	a := linkedStore(t, filepath.Join(dir, "a"), gulf("Northside"))
	b := linkedStore(t, filepath.Join(dir, "b"), gulf("Southside"))
	if na, nb := nodes(t, a), nodes(t, b); slices.Equal(na, nb) {
		t.Fatalf("a and b name the gulf alike before converging (%q): the test tests nothing", na)
	}
	want := nodes(t, one)
	if len(want) != 1 {
		t.Fatalf("one store holds %q, want one entity", want)
	}
	known := sharesOf(t, a, b)
	for i, s := range []*store.Store{a, b} {
		if _, err := Converge(s, known, filepath.Join(dir, "scratch", string(rune('a'+i)))); err != nil {
			t.Fatal(err)
		}
		if got := nodes(t, s); !slices.Equal(got, want) {
			t.Errorf("store %c after converging holds %q, want %q as one store", 'a'+i, got, want)
		}
	}
}
