package ingest

import (
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// TestResolveJoinsNoCycle: a weakly typed person ("Romilly Quillby
// said") is the one organization with its name as an alias, and that
// organization, a weakly typed one-word name ("Quillby") with that alias,
// is the surname of the one person of two words: each rule alone joins
// one into the other. Resolve must make one join, not a cycle of two
// (which no read of the store could follow).
func TestResolveJoinsNoCycle(t *testing.T) {
	org := word("Quillby", graph.Organization, true)
	org.Aliases = []string{"Romilly Quillby"}
	p := person("Romilly Quillby", nil)
	p.WeakType = true
	s := linkedStore(t, filepath.Join(t.TempDir(), "db"),
		&entities.Extraction{Entities: []*entities.Entity{org}}, &entities.Extraction{Entities: []*entities.Entity{p}})
	got := nodes(t, s)
	if len(got) != 1 {
		t.Errorf("nodes = %q, want one entity", got)
	}
}
