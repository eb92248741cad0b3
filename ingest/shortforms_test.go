package ingest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

func TestShortForms(t *testing.T) {
	gz := gazetteer.Default()
	tests := []struct {
		key  string
		want string // one of the short forms
	}{
		{"commerce department", "commerce"},
		{"brackenholt university", "brackenholt"},
		{"us brackenholt university", "brackenholt"},
	}
	for _, tc := range tests {
		if got := shortForms(gz, tc.key); !slices.Contains(got, tc.want) {
			t.Errorf("shortForms(%q) = %q, want %q among them", tc.key, got, tc.want)
		}
	}
	if got := shortForms(gz, "university"); len(got) != 0 {
		t.Errorf("shortForms(university) = %q, want none", got)
	}
}

// TestUniversityShortForm checks that an organization named by a
// university's first word joins it, and a place of that name does not.
func TestUniversityShortForm(t *testing.T) {
	org := func(name string, typ graph.Type) *entities.Entity {
		return &entities.Entity{Name: name, Type: typ, Mentions: []graph.Span{{Start: 0, End: len(name)}}}
	}
	g := linkExtractions(t,
		&entities.Extraction{Entities: []*entities.Entity{org("Brackenholt University", graph.Organization)}},
		&entities.Extraction{Entities: []*entities.Entity{org("Brackenholt", graph.Organization), org("Brackenholt", graph.Place)}},
	)
	var got []string
	for _, e := range g.Entities {
		got = append(got, string(e.Type)+":"+e.Name)
	}
	slices.Sort(got)
	want := []string{"organization:Brackenholt University", "place:Brackenholt"}
	if !slices.Equal(got, want) {
		t.Errorf("nodes = %q, want %q", got, want)
	}
}

// TestPossessiveShortForm checks the short form of a company named with
// a possessive: the word without "'s", only before a corporate word.
func TestPossessiveShortForm(t *testing.T) {
	for name, want := range map[string]string{
		"Quillby's Ratings Service Inc": "quillby",
		"Quillby’s Holdings":            "quillby",
		"Quillby's Ratings":             "",
		"Quillby Ratings Inc":           "",
		"'s Inc":                        "",
	} {
		if got := possessiveShortForm(name); got != want {
			t.Errorf("possessiveShortForm(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestPossessiveCompanyJoin links "Quillby's said" (an organization
// named "Quillby" without the possessive) from one article and the
// company "Quillby's Ratings Service Inc" from another: one node, in
// either order.
func TestPossessiveCompanyJoin(t *testing.T) {
	full := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{word("Quillby's Ratings Service Inc", graph.Organization, false)}}
	}
	short := func() *entities.Extraction {
		return &entities.Extraction{Entities: []*entities.Entity{word("Quillby", graph.Organization, true)}}
	}
	want := []string{"organization:Quillby's Ratings Service Inc"}
	for i, exs := range [][]*entities.Extraction{{full(), short()}, {short(), full()}} {
		s := linkedStore(t, filepath.Join(t.TempDir(), "db"), exs...)
		if got := nodes(t, s); !slices.Equal(got, want) {
			t.Errorf("order %d: nodes = %q, want %q", i, got, want)
		}
	}
}
