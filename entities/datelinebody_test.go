package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TestNameByDateline checks that a state's department named bare takes
// the dateline country's qualifier, and that a qualified one, a body
// that is no department, a bare "Ministry" and an article that names
// another country more often keep their names.
func TestNameByDateline(t *testing.T) {
	fd := &gazetteer.Entry{ID: "country:FD", Name: "Freedonia", Type: graph.Country, Country: "FD",
		Aliases: []gazetteer.Alias{{Text: "Freedonia", Kind: gazetteer.KindName}, {Text: "Freedonian", Kind: gazetteer.KindDemonym}}}
	sy := &gazetteer.Entry{ID: "country:SY", Name: "Sylvania", Type: graph.Country, Country: "SY",
		Aliases: []gazetteer.Alias{{Text: "Sylvania", Kind: gazetteer.KindName}, {Text: "SV", Kind: gazetteer.KindShort}, {Text: "Sylvanian", Kind: gazetteer.KindDemonym}}}
	us := &gazetteer.Entry{ID: "country:UQ", Name: "United Quillands", Type: graph.Country, Country: "UQ",
		Aliases: []gazetteer.Alias{{Text: "United Quillands", Kind: gazetteer.KindName}, {Text: "UQ", Kind: gazetteer.KindShort}, {Text: "Quillandish", Kind: gazetteer.KindDemonym}}}
	org := func(name string, aliases ...string) *Entity {
		return &Entity{Name: name, Type: graph.Organization, Aliases: aliases, Mentions: []graph.Span{{}}}
	}
	country := func(e *gazetteer.Entry, n int) *Entity {
		return &Entity{Name: e.Name, Type: graph.Country, Entry: e, Mentions: make([]graph.Span, n)}
	}
	tests := []struct {
		c    *gazetteer.Entry
		ents []*Entity
		want string
	}{
		{fd, []*Entity{org("Finance Ministry")}, "Freedonian Finance Ministry"},
		{fd, []*Entity{org("Ministry of Trade"), country(fd, 1)}, "Freedonian Ministry of Trade"},
		{sy, []*Entity{org("Treasury"), {Name: "Sylvania", Type: graph.Country, Entry: sy, Aliases: []string{"S.V."}, Mentions: []graph.Span{{}}}}, "S.V. Treasury"},
		{sy, []*Entity{org("Treasury")}, "Sylvanian Treasury"},
		{us, []*Entity{org("Treasury")}, "UQ Treasury"},
		{fd, []*Entity{org("S.V. Treasury Department")}, "S.V. Treasury Department"},
		{fd, []*Entity{org("Quillby Lehman Treasury")}, "Quillby Lehman Treasury"},
		{fd, []*Entity{org("Finance Ministry", "Sylvanian Finance Ministry")}, "Finance Ministry"},
		{fd, []*Entity{org("Quillby Mining")}, "Quillby Mining"},
		{fd, []*Entity{org("Ministry")}, "Ministry"},
		{fd, []*Entity{org("Finance Ministry"), country(fd, 1), country(sy, 2)}, "Finance Ministry"},
		{nil, []*Entity{org("Finance Ministry")}, "Finance Ministry"},
	}
	for i, tc := range tests {
		ex := &Extraction{Entities: tc.ents}
		nameByDateline(ex, tc.c)
		if got := ex.Entities[0].Name; got != tc.want {
			t.Errorf("case %d: named %q, want %q", i, got, tc.want)
		}
	}
}

func TestAdjectiveDemonym(t *testing.T) {
	for w, want := range map[string]bool{"Freedonian": true, "Quillese": true, "Quillish": true, "Quillch": true, "Quilli": true,
		"Quillman": false, "Quillmen": false, "Freedonians": false, "Swede": false} {
		if got := adjectiveDemonym(w); got != want {
			t.Errorf("adjectiveDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}
