package ingest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// TestWeakPersonJoinsPlace reads a name the wording alone typed a person
// ("an ecstatic Quillby Park crowd") beside articles that read it as a
// place, in either order: the person joins the place when no organization
// has the name, the place has no gazetteer entry and the articles name the
// place at least as often.
func TestWeakPersonJoinsPlace(t *testing.T) {
	weakOf := func(name string, n int) func() *entities.Entity {
		return func() *entities.Entity {
			p := mentioned(person(name, nil), n)
			p.WeakType = true
			return p
		}
	}
	tests := []struct {
		name  string
		first func() []*entities.Entity
		other func() *entities.Entity
		want  []string
	}{
		{"a weak person joins the place of its name",
			places(mentioned(word("Quillby Park", graph.Place, false), 3)), weakOf("Quillby Park", 1),
			[]string{"place:Quillby Park"}},
		{"a place named less often than the person stays apart",
			places(word("Quillby Park", graph.Place, false)), weakOf("Quillby Park", 2),
			[]string{"person:Quillby Park", "place:Quillby Park"}},
		{"a town the gazetteer knows stays apart",
			places(mentioned(town("Quillby", false), 3)), weakOf("Quillby", 1),
			[]string{"person:Quillby", "place:Quillby"}},
		{"a person typed by more than the wording stays a person",
			places(mentioned(word("Quillby Park", graph.Place, false), 3)), func() *entities.Entity { return person("Quillby Park", nil) },
			[]string{"person:Quillby Park", "place:Quillby Park"}},
		{"an organization of the name comes first",
			places(mentioned(word("Quillby Park", graph.Place, false), 3), word("Quillby Park", graph.Organization, false)), weakOf("Quillby Park", 1),
			[]string{"organization:Quillby Park", "place:Quillby Park"}},
	}
	for _, tt := range tests {
		for order := range 2 {
			first := &entities.Extraction{Entities: tt.first()}
			second := &entities.Extraction{Entities: []*entities.Entity{tt.other()}}
			exs := []*entities.Extraction{first, second}
			if order == 1 {
				exs = []*entities.Extraction{second, first}
			}
			s := linkedStore(t, filepath.Join(t.TempDir(), "db"), exs...)
			if got := nodes(t, s); !slices.Equal(got, tt.want) {
				t.Errorf("%s, order %d: nodes = %q, want %q", tt.name, order, got, tt.want)
			}
		}
	}
}

// places returns a function that makes the entities anew for each store
// (linking may change an entity it reads).
func places(es ...*entities.Entity) func() []*entities.Entity {
	return func() []*entities.Entity {
		out := make([]*entities.Entity, len(es))
		for i, e := range es {
			c := *e
			c.Mentions = slices.Clone(e.Mentions)
			out[i] = &c
		}
		return out
	}
}
