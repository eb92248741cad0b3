package ingest

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// TestLinkRetried links articles once, and again with each one first
// linked in a transaction that is rolled back, as the ingest writer does
// when a batch is too big for one transaction: the graphs must be the
// same, IDs included, and Link must leave each extraction as the
// extractor made it. Linking once retyped a weakly typed person that it
// read as an organization, and a bare acronym it read as a party, in the
// extraction itself; linked again, the entity then matched as that type,
// by other rules, and did not find what it found the first time (made-up
// names).
func TestLinkRetried(t *testing.T) {
	team := func(name, sport string) *entities.Entity {
		e := word(name, graph.Organization, false)
		e.Attrs = map[string]string{"sport": sport}
		return e
	}
	party := word("Quillish Democratic Party", graph.Party, false)
	party.Acronyms = []string{"QDP"}
	tests := []struct {
		name string
		exs  func() []*entities.Extraction
	}{
		{"a weak person read as one of two sports' teams", func() []*entities.Extraction {
			return []*entities.Extraction{
				{Entities: []*entities.Entity{team("Quillby", "football")}},
				{Entities: []*entities.Entity{team("Quillby", "rugby")}},
				{Entities: []*entities.Entity{word("Quillby", graph.Person, true), person("Ada Quillfeather", nil)}},
			}
		}},
		{"a bare acronym read as the party that defined it", func() []*entities.Extraction {
			p := *party
			return []*entities.Extraction{
				{Entities: []*entities.Entity{&p}},
				{Entities: []*entities.Entity{word("QDP", graph.Organization, false)}},
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			want := graphOf(t, linkedStore(t, filepath.Join(dir, "once"), tc.exs()...))
			exs := tc.exs()
			got := graphOf(t, linkedStoreRetried(t, filepath.Join(dir, "retried"), true, exs...))
			if fresh := tc.exs(); !reflect.DeepEqual(exs, fresh) {
				t.Errorf("Link changed the extractions:\n%s\nwant:\n%s", jsonOf(t, exs), jsonOf(t, fresh))
			}
			ingesttest.SameGraph(t, "linked again after a rollback", []byte(want), []byte(got))
		})
	}
}

// graphOf returns s's graph as JSON.
func graphOf(t *testing.T, s *store.Store) string {
	t.Helper()
	g, err := s.Load(store.LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	return jsonOf(t, g)
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
