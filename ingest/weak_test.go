package ingest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// nodes returns "type:name" of every entity of s, sorted.
func nodes(t *testing.T, s *store.Store) []string {
	t.Helper()
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return typedNames(g)
}

// TestWeakPersonJoinsOrganization reads a weakly typed person ("Quillmark
// Trust said") before and after the organization of that name: either
// way one organization, as the store resolves it at the end.
func TestWeakPersonJoinsOrganization(t *testing.T) {
	org := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{word("Quillmark Trust", graph.Organization, false)}}
	}
	weak := func() *entities.Extraction {
		p := person("Quillmark Trust", nil)
		p.WeakType = true
		return &entities.Extraction{Entities: []*entities.Entity{p}}
	}
	strong := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{person("Quillmark Trust", nil)}}
	}
	want := []string{"organization:Quillmark Trust"}
	for i, exs := range [][]*entities.Extraction{{org(), weak()}, {weak(), org()}} {
		s := linkedStore(t, filepath.Join(t.TempDir(), "db"), exs...)
		if got := nodes(t, s); !slices.Equal(got, want) {
			t.Errorf("order %d: nodes = %q, want %q", i, got, want)
		}
	}
	// A person typed by more than the wording stays a person.
	s := linkedStore(t, filepath.Join(t.TempDir(), "db"), strong(), org())
	if got, want := nodes(t, s), []string{"organization:Quillmark Trust", "person:Quillmark Trust"}; !slices.Equal(got, want) {
		t.Errorf("strong person: nodes = %q, want %q", got, want)
	}
}

// TestConvergeWeakPerson converges a store that read only "Quillmark Trust
// said" (a weakly typed person) against another that knows the
// organization: the first must push it as that organization, as one store
// of both reads it, and a second convergence must change nothing.
func TestConvergeWeakPerson(t *testing.T) {
	dir := t.TempDir()
	p := person("Quillmark Trust", nil)
	p.WeakType = true
	a := linkedStore(t, filepath.Join(dir, "a"), &entities.Extraction{Entities: []*entities.Entity{word("Quillmark Trust", graph.Organization, false)}})
	b := linkedStore(t, filepath.Join(dir, "b"), &entities.Extraction{Entities: []*entities.Entity{p}})
	if got := nodes(t, b); !slices.Equal(got, []string{"person:Quillmark Trust"}) {
		t.Fatalf("store b holds %q before converging: the test tests nothing", got)
	}
	known := sharesOf(t, a, b)
	res, err := Converge(b, known, filepath.Join(dir, "scratch1"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := nodes(t, b), []string{"organization:Quillmark Trust"}; !slices.Equal(got, want) {
		t.Errorf("after converging (%+v), store b holds %q, want %q", *res, got, want)
	}
	if res, err := Converge(b, known, filepath.Join(dir, "scratch2")); err != nil || res.Changed() {
		t.Errorf("second converge: %+v, %v; want no change", res, err)
	}
}

// TestWeakJoinCountsSameNamesAsOne: two organizations "Romilly Quillby"
// (which sameNames makes one) are the one organization a weakly typed
// person of that name joins; and when a weakly typed "Quillby", which
// is that organization by its fullest name (its alias), joined the
// person as its surname first, the organization's name stands: the
// person joins it, whichever entity has the lower ID. Everything ends in
// one organization, as one store that read one of the organizations
// first has it.
func TestWeakJoinCountsSameNamesAsOne(t *testing.T) {
	for _, ids := range [][4]graph.ID{{1, 2, 3, 4}, {4, 2, 3, 1}} {
		ents := []graph.Entity{
			{ID: ids[0], Name: "Quillby", Type: graph.Organization, Aliases: []string{"Romilly Quillby"}},
			{ID: ids[1], Name: "Romilly Quillby", Type: graph.Organization},
			{ID: ids[2], Name: "Romilly Quillby", Type: graph.Organization},
			{ID: ids[3], Name: "Romilly Quillby", Type: graph.Person},
		}
		slices.SortFunc(ents, func(a, b graph.Entity) int { return int(a.ID) - int(b.ID) })
		weak := map[graph.ID]bool{ids[0]: true, ids[3]: true}
		into, left := joinAll(ents, nil, weak)
		if len(left) != 1 || left[0].Type != graph.Organization {
			t.Errorf("IDs %v: joins %v leave %+v, want one organization", ids, into, left)
			continue
		}
		for _, e := range ents {
			if end := endOf(into, e.ID); end != left[0].ID {
				t.Errorf("IDs %v: %d %s %q ends in %d, want %d", ids, e.ID, e.Type, e.Name, end, left[0].ID)
			}
		}
	}
}

// TestWeakPartyJoinsOrganization reads a party only the recognizer typed
// ("QCX ministers") before and after the organization that has its name
// as an alias: either way one organization. A party named by a party
// word ("Quillmark League") stays a party beside an organization of its
// name, and so does a party typed by more than the recognizer.
func TestWeakPartyJoinsOrganization(t *testing.T) {
	org := func() *entities.Extraction {
		o := word("Quillmark Community", graph.Organization, false)
		o.Aliases = []string{"QCX"}
		return &entities.Extraction{Entities: []*entities.Entity{o, word("Quillmark League", graph.Organization, false)}}
	}
	weak := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{word("QCX", graph.Party, true), word("Quillmark League", graph.Party, true)}}
	}
	want := []string{"organization:Quillmark Community", "organization:Quillmark League", "party:Quillmark League"}
	for i, exs := range [][]*entities.Extraction{{org(), weak()}, {weak(), org()}} {
		s := linkedStore(t, filepath.Join(t.TempDir(), "db"), exs...)
		if got := nodes(t, s); !slices.Equal(got, want) {
			t.Errorf("order %d: nodes = %q, want %q", i, got, want)
		}
	}
	strong := &entities.Extraction{Entities: []*entities.Entity{word("QCX", graph.Party, false)}}
	s := linkedStore(t, filepath.Join(t.TempDir(), "db"), org(), strong)
	if got := nodes(t, s); !slices.Contains(got, "party:QCX") {
		t.Errorf("strong party: nodes = %q, want party:QCX among them", got)
	}
}
