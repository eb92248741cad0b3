package ingest_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
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
	var halves [2][]string
	for i, l := range ingesttest.ShardedNews {
		halves[i%2] = append(halves[i%2], l)
	}
	one := ingestLines(t, dir, "one", ingesttest.ShardedNews)
	a := ingestLines(t, dir, "a", halves[0])
	b := ingestLines(t, dir, "b", halves[1])
	var known []ingest.Known
	for _, s := range []*store.Store{a, b} {
		g, err := s.Load(store.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		first := map[graph.ID]string{}
		for _, art := range g.Articles {
			for _, id := range art.Entities {
				if f, ok := first[id]; !ok || art.Date < f {
					first[id] = art.Date
				}
			}
		}
		for _, e := range g.Entities {
			known = append(known, ingest.Known{Entity: e, First: first[e.ID]})
		}
	}
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
