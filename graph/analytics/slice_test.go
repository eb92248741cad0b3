package analytics

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/internal/graphtest"
)

// sliceGraph has four articles: two from Wire a week apart, one from Post
// on the second day, one with neither source nor date.
func sliceGraph() *graph.Graph {
	ev := func(art string, n int) graph.Evidence { return graph.Evidence{Article: art, Start: n, End: n + 1} }
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Sharif", Type: graph.Person, Mentions: 4, Articles: 4},
			{ID: 2, Name: "Pakistan", Type: graph.Country, Mentions: 3, Articles: 3},
			{ID: 3, Name: "India", Type: graph.Country, Mentions: 2, Articles: 2},
			{ID: 4, Name: "PML-N", Type: graph.Party, Mentions: 1, Articles: 1},
			{ID: 5, Name: "Lahore", Type: graph.Place, Mentions: 1, Articles: 1},
		},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.CoMention, Weight: 4, Confidence: 1, Evidence: []graph.Evidence{ev("a1", 0), ev("a1", 5), ev("a2", 0), ev("a3", 0)}},
			{Source: 1, Target: 3, Kind: graph.CoMention, Weight: 2, Confidence: 1, Evidence: []graph.Evidence{ev("a2", 3), ev("a4", 0)}},
			{Source: 1, Target: 4, Kind: graph.MemberOf, Weight: 1, Confidence: 0.4, Evidence: []graph.Evidence{ev("a1", 9)}},
			{Source: 2, Target: 3, Kind: graph.CoMention, Weight: 2, Confidence: 1, Evidence: []graph.Evidence{ev("a3", 1), ev("a3", 7)}},
			{Source: 5, Target: 2, Kind: graph.LocatedIn, Weight: 1, Confidence: 0.9, Evidence: []graph.Evidence{ev("a4", 4)}},
		},
		Articles: []graph.Article{
			{ID: "a1", Title: "One", Source: "Wire", Date: "2025-05-01", Entities: []graph.ID{1, 2, 4}},
			{ID: "a2", Title: "Two", Source: "Wire", Date: "2025-05-08", Entities: []graph.ID{1, 2, 3}},
			{ID: "a3", Title: "Three", Source: "Post", Date: "2025-05-08T10:00", Entities: []graph.ID{1, 2, 3}},
			{ID: "a4", Title: "Four", Entities: []graph.ID{1, 3, 5, 2}},
		},
	}
	return g
}

func TestSliceGolden(t *testing.T) {
	var b bytes.Buffer
	for _, tc := range []struct {
		name string
		o    SliceOptions
	}{
		{"everything", SliceOptions{}},
		{"one outlet", SliceOptions{Source: "wire"}},
		{"other outlet", SliceOptions{Source: " POST "}},
		{"since", SliceOptions{Since: "2025-05-02"}},
		{"until", SliceOptions{Until: "2025-05-01"}},
		{"one day, dates with a time", SliceOptions{Since: "2025-05-08", Until: "2025-05-08"}},
		{"weigh by articles", SliceOptions{Weight: ByArticles}},
		{"weigh by sources", SliceOptions{Weight: BySources}},
		{"confident relations", SliceOptions{MinConfidence: 0.5}},
		{"one outlet by sources", SliceOptions{Source: "Wire", Weight: BySources}},
		{"no such outlet", SliceOptions{Source: "Gazette"}},
	} {
		g := sliceGraph()
		orig := sliceGraph()
		s := Slice(g, tc.o)
		if !reflect.DeepEqual(g, orig) {
			t.Errorf("%s: Slice changed its input", tc.name)
		}
		fmt.Fprintf(&b, "== %s %+v\narticles:", tc.name, tc.o)
		for _, a := range s.Articles {
			fmt.Fprintf(&b, " %s", a.ID)
		}
		b.WriteString("\n")
		b.WriteString(graphtest.Describe(s))
		b.WriteString("\n")
		for _, r := range s.Relations {
			if r.Confidence < tc.o.MinConfidence || len(r.Evidence) == 0 {
				t.Errorf("%s: kept %+v", tc.name, r)
			}
		}
	}
	file := filepath.Join("testdata", "slice", "slice.golden")
	if *update {
		os.MkdirAll(filepath.Dir(file), 0o755)
		if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("%s differs; got:\n%s", file, b.Bytes())
	}
}

func TestSliceOptionsValidate(t *testing.T) {
	for _, tc := range []struct {
		o   SliceOptions
		err string
	}{
		{SliceOptions{}, ""},
		{SliceOptions{Since: "2025-05-01", Until: "2025-05-31", Weight: BySources, MinConfidence: 0.5}, ""},
		{SliceOptions{Since: "May 2025"}, "YYYY-MM-DD"},
		{SliceOptions{Until: "2025-5-1"}, "YYYY-MM-DD"},
		{SliceOptions{Since: "2005-13-01"}, "not a calendar date"},
		{SliceOptions{Until: "2005-02-30"}, "not a calendar date"},
		{SliceOptions{Since: "2025-06-01", Until: "2025-05-01"}, "after"},
		{SliceOptions{Weight: "votes"}, "unknown weighting"},
		{SliceOptions{MinConfidence: 1.5}, "outside"},
	} {
		err := tc.o.Validate()
		if (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("Validate(%+v) = %v, want %q", tc.o, err, tc.err)
		}
	}
	if (SliceOptions{Weight: BySentences}).Active() || !(SliceOptions{MinConfidence: 0.1}).Active() {
		t.Error("Active is wrong")
	}
}

func TestCapEvidence(t *testing.T) {
	g := sliceGraph()
	g.CapEvidence(1)
	for _, r := range g.Relations {
		if len(r.Evidence) != 1 {
			t.Errorf("%+v", r)
		}
	}
}
