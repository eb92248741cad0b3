package ingest

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// TestMatchTeamAlias checks that an organization of no sport named like
// the one sport's team links to that team also when another team of the
// sport carries the name as an alias only ("New Ostmark", a club the
// recognizer read with the word before it): the alias holder must not
// hide the team named so (made-up names).
func TestMatchTeamAlias(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	team := func(name, sport string, aliases ...string) *entities.Entity {
		e := &entities.Entity{Name: name, Type: graph.Organization, Aliases: append([]string{name}, aliases...), Mentions: []graph.Span{{Start: 0, End: len(name)}}}
		if sport != "" {
			e.Attrs = map[string]string{"sport": sport}
		}
		return e
	}
	exs := []*entities.Entity{
		team("Ostmark", "football"),
		team("New Ostmark", "football", "Ostmark"),
		team("Ostmark", ""),
	}
	var ids []graph.ID
	for i, e := range exs {
		ids = append(ids, linkAlone(t, s, i+1, e)...)
	}
	if ids[2] != ids[0] || ids[1] == ids[0] {
		t.Errorf("linked to %v; want the third on the first (%d), the second apart", ids, ids[0])
	}
}

// linkAlone stores an article of its own, numbered n and holding only e,
// and links e in it, as ingest links each article's entities; it returns
// the IDs Link gives.
func linkAlone(t *testing.T, s *store.Store, n int, e *entities.Entity) []graph.ID {
	t.Helper()
	id := fmt.Sprintf("%016x", n)
	var ids []graph.ID
	if err := s.Update(func(tx *store.Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: id, Title: id}, e.Name, id); err != nil {
			return err
		}
		got, err := Link(tx, id, &entities.Extraction{Entities: []*entities.Entity{e}})
		ids = got
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return ids
}
