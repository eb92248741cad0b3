package ingest_test

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// ingestLines ingests JSON lines into a new store at dir/name.
func ingestLines(t *testing.T, dir, name string, lines []string) *store.Store {
	t.Helper()
	in := ingesttest.WriteFile(t, dir, name+".jsonl", strings.Join(lines, "\n")+"\n")
	s, err := store.Open(filepath.Join(dir, name), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := ingest.New(s, ingest.Options{}).Run(context.Background(), []ingest.Input{{Path: in}}, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

// ingestHalves ingests lines into a store "one", and every other line
// into "a" and "b".
func ingestHalves(t *testing.T, dir string, lines []string) (one, a, b *store.Store) {
	t.Helper()
	var halves [2][]string
	for i, l := range lines {
		halves[i%2] = append(halves[i%2], l)
	}
	return ingestLines(t, dir, "one", lines), ingestLines(t, dir, "a", halves[0]), ingestLines(t, dir, "b", halves[1])
}

// names returns "type name" of every entity of s, sorted.
func names(t *testing.T, s *store.Store) []string {
	t.Helper()
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range g.Entities {
		out = append(out, string(e.Type)+" "+e.Name)
	}
	slices.Sort(out)
	return out
}

// TestConverge resolves a store of every other article of ShardedNews, which
// names entities only by short forms, acronyms and surnames, against the
// entities of both halves (what a cluster holds after both pushed): it must
// then name them as one store of the whole corpus does, and a second run
// must change nothing.
func TestConverge(t *testing.T) {
	dir := t.TempDir()
	one, a, b := ingestHalves(t, dir, ingesttest.ShardedNews)
	known := knownOf(t, a, b)
	want := names(t, one)
	before := names(t, b)
	for _, short := range []string{"organization Coast Guard", "organization FOMC", "person Okafor", "person Macklem"} {
		if !slices.Contains(before, short) {
			t.Fatalf("store b holds no %q before converging: the corpus tests nothing (%q)", short, before)
		}
	}
	res, err := ingest.Converge(b, known, filepath.Join(dir, "scratch1"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Renamed < 4 || res.Merged != 0 {
		t.Errorf("converge: %+v, want the 4 short forms (at least) renamed", *res)
	}
	for _, n := range names(t, b) {
		if !slices.Contains(want, n) {
			t.Errorf("after converging, store b holds %q, which the one store does not (%q)", n, want)
		}
	}
	if res, err := ingest.Converge(b, known, filepath.Join(dir, "scratch2")); err != nil || res.Changed() {
		t.Errorf("second converge: %+v, %v; want no change", res, err)
	}
}

// knownOf returns the entities of stores as a cluster gives them to
// Converge: the stores' shares (ingest.Bases: each entity as linking left
// it, with its texts), each with the date of the first article that
// names it.
func knownOf(t *testing.T, stores ...*store.Store) []ingest.Known {
	t.Helper()
	var known []ingest.Known
	for _, s := range stores {
		g, err := s.Load(store.LoadOptions{Unjoined: true})
		if err != nil {
			t.Fatal(err)
		}
		first := ingest.FirstDates(g)
		bases, err := ingest.Bases(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range slices.Sorted(maps.Keys(bases)) {
			for _, b := range bases[id] {
				b.First = first[b.ID]
				known = append(known, b)
			}
		}
	}
	return known
}

// TestConvergeUndoesJoin converges a store that joined "Coast Guard" to
// the one full name it holds, against a union that holds two: the join
// must be undone, as one store of the whole corpus never makes it, and a
// second run must change nothing.
func TestConvergeUndoesJoin(t *testing.T) {
	dir := t.TempDir()
	one, a, b := ingestHalves(t, dir, ingesttest.ShardedTwoFullNames)
	const short = "organization Coast Guard"
	if want := names(t, one); !slices.Contains(want, short) {
		t.Fatalf("the one store holds no %q: the corpus tests nothing (%q)", short, want)
	}
	if before := names(t, b); slices.Contains(before, short) {
		t.Fatalf("store b holds %q before converging: its own pass should have joined it (%q)", short, before)
	}
	known := knownOf(t, a, b)
	res, err := ingest.Converge(b, known, filepath.Join(dir, "scratch1"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Unjoined != 1 {
		t.Errorf("converge: %+v, want 1 join undone", *res)
	}
	if got, want := names(t, b), []string{"organization Coast Guard", "organization U.S. Coast Guard"}; !containsAll(got, want) {
		t.Errorf("after converging, store b holds %q, want %q among them", got, want)
	}
	if res, err := ingest.Converge(b, known, filepath.Join(dir, "scratch2")); err != nil || res.Changed() {
		t.Errorf("second converge: %+v, %v; want no change", res, err)
	}
}

// TestResolveUndoesJoin ingests a short form and the one full name it
// shortens, then, in a second run, another full name: the second run's
// pass must undo the join the first made, so that the store holds what
// one run of all the articles gives.
func TestResolveUndoesJoin(t *testing.T) {
	dir := t.TempDir()
	lines := ingesttest.ShardedTwoFullNames
	one := ingestLines(t, dir, "one", lines)
	s, err := store.Open(filepath.Join(dir, "two"), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, part := range [][]string{{lines[1], lines[3]}, {lines[0], lines[2]}} {
		in := ingesttest.WriteFile(t, dir, fmt.Sprintf("run%d.jsonl", i), strings.Join(part, "\n")+"\n")
		if _, err := ingest.New(s, ingest.Options{}).Run(context.Background(), []ingest.Input{{Path: in}}, nil); err != nil {
			t.Fatal(err)
		}
		if i == 0 && slices.Contains(names(t, s), "organization Coast Guard") {
			t.Fatalf("after the first run the store holds \"Coast Guard\" alone: the corpus tests nothing (%q)", names(t, s))
		}
	}
	if got, want := names(t, s), names(t, one); !slices.Equal(got, want) {
		t.Errorf("two runs give %q, one run %q", got, want)
	}
	res, err := ingest.Resolve(s)
	if err != nil || res.Merged+res.Unjoined+res.Renamed != 0 {
		t.Errorf("a third pass: %+v, %v; want no change", res, err)
	}
}

// containsAll reports whether every string of want is in got.
func containsAll(got, want []string) bool {
	for _, w := range want {
		if !slices.Contains(got, w) {
			return false
		}
	}
	return true
}
