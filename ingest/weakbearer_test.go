package ingest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// TestWeakWordSkipsWeakPerson: a weakly typed person ("Quillmark
// International said") exists only in a store that read the wording
// before the organization of that name, so a weakly typed organization
// word ("International") does not join it as its surname: in every reading
// order the word stands alone beside the one organization.
func TestWeakWordSkipsWeakPerson(t *testing.T) {
	org := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{word("Quillmark International", graph.Organization, false)}}
	}
	said := func() *entities.Extraction {
		p := person("Quillmark International", nil)
		p.WeakType = true
		return &entities.Extraction{Entities: []*entities.Entity{p}}
	}
	bare := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{word("International", graph.Organization, true)}}
	}
	want := []string{"organization:International", "organization:Quillmark International"}
	for i, exs := range [][]*entities.Extraction{{org(), said(), bare()}, {said(), org(), bare()}, {said(), bare(), org()}, {bare(), said(), org()}} {
		s := linkedStore(t, filepath.Join(t.TempDir(), "db"), exs...)
		if got := nodes(t, s); !slices.Equal(got, want) {
			t.Errorf("order %d: nodes = %q, want %q", i, got, want)
		}
	}
	// A person typed by more than the wording has the word as surname.
	s := linkedStore(t, filepath.Join(t.TempDir(), "db"), &entities.Extraction{Entities: []*entities.Entity{person("Romilly Quillby", nil)}},
		&entities.Extraction{Entities: []*entities.Entity{word("Quillby", graph.Organization, true)}})
	if got, want := nodes(t, s), []string{"person:Romilly Quillby"}; !slices.Equal(got, want) {
		t.Errorf("strong person: nodes = %q, want %q", got, want)
	}
	// A weakly typed person whose surname is no organization word has it
	// too: only a misread body ends in one.
	weakAda := person("Ada Quillberg", nil)
	weakAda.WeakType = true
	s = linkedStore(t, filepath.Join(t.TempDir(), "db"), &entities.Extraction{Entities: []*entities.Entity{weakAda}},
		&entities.Extraction{Entities: []*entities.Entity{word("Quillberg", graph.Organization, true)}})
	if got, want := nodes(t, s), []string{"person:Ada Quillberg"}; !slices.Equal(got, want) {
		t.Errorf("weak person: nodes = %q, want %q", got, want)
	}
}
