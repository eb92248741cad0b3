package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// involvementGolden extracts each text and compares, with the golden file
// testdata/name, the events it names and its involved_in relations: the
// one rendering every event rule's golden test shares, so that a rule's
// cases read as texts and its golden file as what the graph gains.
func involvementGolden(t *testing.T, name string, texts []string) {
	t.Helper()
	var golden strings.Builder
	x := New()
	for _, text := range texts {
		ex := x.Extract(text)
		fmt.Fprintf(&golden, "%s\n", text)
		for _, e := range ex.Entities {
			if e.Type == graph.Event {
				fmt.Fprintf(&golden, "  event %q\n", e.Name)
			}
		}
		for _, r := range typedRelations(ex) {
			if strings.HasPrefix(r, string(graph.InvolvedIn)) {
				fmt.Fprintf(&golden, "  %s\n", r)
			}
		}
	}
	checkGolden(t, name, golden.String())
}

// checkGolden compares got with testdata/name, rewriting it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update after checking):\n%s", path, got)
	}
}
