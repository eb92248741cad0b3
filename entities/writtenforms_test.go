package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestWrittenForms(t *testing.T) {
	// Each entity is given by its type and the text of its mentions; the
	// want lists each entity's added aliases.
	type ent struct {
		t     graph.Type
		id    string // gazetteer entry ID, or ""
		names []string
		weak  bool // typed by the recognizer alone
	}
	// Made-up entries: Freedonia (FD), its region Ohio and its town
	// Lindenau; Springvale is a town the gazetteer does not know.
	tests := []struct {
		text string
		ents []ent
		want [][]string
		// types are the entities' types after, when they change.
		types []graph.Type
	}{
		// An organization only the recognizer typed, written as a town
		// is, is the town; not before a possessive, and not when more
		// than the recognizer typed it.
		{"Planes flew over Quillby , Ohio .", []ent{{graph.Organization, "", []string{"Quillby"}, true}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}},
			[][]string{{"Quillby , Ohio"}, nil}, []graph.Type{graph.Place, graph.Place}},
		{"Quillby, Freedonia's largest firm, grew.", []ent{{graph.Organization, "", []string{"Quillby"}, true}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil}, []graph.Type{graph.Organization, graph.Country}},
		{"Quillby, Ohio", []ent{{graph.Organization, "", []string{"Quillby"}, false}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}},
			[][]string{nil, nil}, []graph.Type{graph.Organization, graph.Place}},
		{"Clinics in Springvale, Ohio opened.", []ent{{graph.Place, "", []string{"Springvale"}, false}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}},
			[][]string{{"Springvale, Ohio"}, nil}, nil},
		{"She moved to Lindenau, Freedonia last year.", []ent{{graph.Place, "place:1", []string{"Lindenau"}, false}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{{"Lindenau, Freedonia"}, nil}, nil},
		{"The Freedonia Bureau of Examples said so.", []ent{{graph.Country, "country:FD", []string{"Freedonia"}, false}, {graph.Organization, "", []string{"Bureau of Examples"}, false}},
			[][]string{nil, {"Freedonia Bureau of Examples"}}, nil},
		// Places in a list are no town and its region.
		{"Rain fell in Springvale, Ohio, Lindenau and Freedonia.", []ent{{graph.Place, "", []string{"Springvale"}, false}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}, {graph.Place, "place:1", []string{"Lindenau"}, false}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil, nil, nil}, nil},
		{"Sales in Sylvania, Springvale, Freedonia grew.", []ent{{graph.Country, "country:SY", []string{"Sylvania"}, false}, {graph.Place, "", []string{"Springvale"}, false}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil, nil}, nil},
		{"Clinics in Springvale, Ohio and Lindenau opened.", []ent{{graph.Place, "", []string{"Springvale"}, false}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}, {graph.Place, "place:1", []string{"Lindenau"}, false}},
			[][]string{nil, nil, nil}, nil},
		{"Clinics in Springvale, Ohio, opened in Lindenau.", []ent{{graph.Place, "", []string{"Springvale"}, false}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}, {graph.Place, "place:1", []string{"Lindenau"}, false}},
			[][]string{{"Springvale, Ohio"}, nil, nil}, nil},
		// A person after a place, a list of regions, a region before a
		// town, and a country before a comma are no longer forms.
		{"In Springvale Ada Quill said Ohio, Lindenau and Freedonia, Springvale agreed.",
			[]ent{{graph.Place, "", []string{"Springvale", "Springvale"}, false}, {graph.Person, "", []string{"Ada Quill"}, false}, {graph.Place, "region:FD.01", []string{"Ohio"}, false}, {graph.Place, "place:1", []string{"Lindenau"}, false}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil, nil, nil, nil}, nil},
		// A town before an organization is no prefix ("Springvale
		// Bureau of Examples" may be a list's end); a town of another
		// country is not in this region.
		{"Springvale Bureau of Examples", []ent{{graph.Place, "", []string{"Springvale"}, false}, {graph.Organization, "", []string{"Bureau of Examples"}, false}},
			[][]string{nil, nil}, nil},
		{"Lindenau, Sylvania", []ent{{graph.Place, "place:1", []string{"Lindenau"}, false}, {graph.Country, "country:SY", []string{"Sylvania"}, false}},
			[][]string{nil, nil}, nil},
		// A country followed by a capitalised word opens the next clause
		// ("in the Gulf, U.S. Officials said").
		{"Ships sailed to Lindenau, Freedonia Officials said.", []ent{{graph.Place, "place:1", []string{"Lindenau"}, false}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil}, nil},
		// An unknown place or organization in capitals is an acronym in a list.
		{"Talks of the QX, Freedonia and others ended.", []ent{{graph.Organization, "", []string{"QX"}, true}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil}, []graph.Type{graph.Organization, graph.Country}},
		{"Talks of the QX, Freedonia and others ended.", []ent{{graph.Place, "", []string{"QX"}, false}, {graph.Country, "country:FD", []string{"Freedonia"}, false}},
			[][]string{nil, nil}, nil},
		// An organization after a place with more than a space between.
		{"Ohio: Bureau of Examples", []ent{{graph.Place, "region:FD.01", []string{"Ohio"}, false}, {graph.Organization, "", []string{"Bureau of Examples"}, false}},
			[][]string{nil, nil}, nil},
	}
	for _, tc := range tests {
		ex := &Extraction{}
		next := map[string]int{} // where the next occurrence of a name is looked for
		for _, e := range tc.ents {
			en := &Entity{Type: e.t, Name: e.names[0], WeakType: e.weak}
			if e.id != "" {
				cc := "FD"
				if c, ok := strings.CutPrefix(e.id, "country:"); ok {
					cc = c
				}
				en.Entry = &gazetteer.Entry{ID: e.id, Name: e.names[0], Type: e.t, Country: cc}
			}
			for _, n := range e.names {
				i := strings.Index(tc.text[next[n]:], n) + next[n]
				if i < next[n] {
					t.Fatalf("%q not in %q", n, tc.text)
				}
				en.Mentions = append(en.Mentions, graph.Span{Start: i, End: i + len(n)})
				next[n] = i + len(n)
			}
			ex.Entities = append(ex.Entities, en)
		}
		writtenForms(text.Segment(tc.text), ex)
		for i, e := range ex.Entities {
			if !slices.Equal(e.Aliases, tc.want[i]) {
				t.Errorf("%q: %s aliases = %q, want %q", tc.text, e.Name, e.Aliases, tc.want[i])
			}
			if tc.types != nil && e.Type != tc.types[i] {
				t.Errorf("%q: %s is a %s, want %s", tc.text, e.Name, e.Type, tc.types[i])
			}
		}
	}
}

// TestRegionEndsPhraseDemonym checks that a country written as its
// demonym after a comma qualifies no place ("on Wall Street, Japanese
// investors"), while its name does.
func TestRegionEndsPhraseDemonym(t *testing.T) {
	e := &Entity{Type: graph.Country, Name: "Freedonia", Entry: &gazetteer.Entry{ID: "country:FD", Name: "Freedonia", Type: graph.Country, Country: "FD",
		Aliases: []gazetteer.Alias{{Text: "Freedonia", Kind: gazetteer.KindName}, {Text: "Freedonian", Kind: gazetteer.KindDemonym}}}}
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Prices fell in Lindenau, Freedonian investors said.", "Freedonian", false},
		{"Prices fell in Lindenau, Freedonia, on Monday.", "Freedonia", true},
	} {
		d := text.Segment(tc.text)
		i := strings.Index(tc.text, tc.name)
		if got := regionEndsPhrase(d, graph.Span{Start: i, End: i + len(tc.name)}, e); got != tc.want {
			t.Errorf("%q: regionEndsPhrase(%q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestNameQualified checks that an organization written after one
// country is named by the qualified form, so that linking keeps each
// country's body apart, and that an acronym or a body qualified by two
// countries keeps its name.
func TestNameQualified(t *testing.T) {
	fd := &gazetteer.Entry{ID: "country:FD", Name: "Freedonia", Type: graph.Country, Country: "FD"}
	sy := &gazetteer.Entry{ID: "country:SY", Name: "Sylvania", Type: graph.Country, Country: "SY"}
	entries := map[string]*gazetteer.Entry{"Freedonian": fd, "FREEDONIAN": fd, "Sylvanian": sy}
	tests := []struct {
		text      string
		countries []string // the country mentions, in order
		org       []string // the organization's mentions, in order
		want      string   // its name after
		aliases   []string
	}{
		{"The Freedonian Exchequer said the Exchequer would sell bonds.", []string{"Freedonian"}, []string{"Exchequer", "Exchequer"}, "Freedonian Exchequer", []string{"Freedonian Exchequer"}},
		{"FREEDONIAN EXCHEQUER SELLS BONDS . The Freedonian Exchequer said so.", []string{"FREEDONIAN", "Freedonian"}, []string{"EXCHEQUER", "Exchequer"}, "Freedonian Exchequer", []string{"FREEDONIAN EXCHEQUER", "Freedonian Exchequer"}},
		{"The Freedonian Exchequer and the Sylvanian Exchequer met.", []string{"Freedonian", "Sylvanian"}, []string{"Exchequer", "Exchequer"}, "Exchequer", []string{"Freedonian Exchequer", "Sylvanian Exchequer"}},
		{"Freedonian QZT membership was discussed by the QZT.", []string{"Freedonian"}, []string{"QZT", "QZT"}, "QZT", nil},
		{"The Freedonian Exchequer Office said so.", []string{"Freedonian"}, []string{"Exchequer Office"}, "Freedonian Exchequer Office", []string{"Freedonian Exchequer Office"}},
	}
	for _, tc := range tests {
		ex := &Extraction{}
		at := 0
		org := &Entity{Type: graph.Organization, Name: tc.org[0]}
		for _, c := range tc.countries {
			i := strings.Index(tc.text[at:], c) + at
			ex.Entities = append(ex.Entities, &Entity{Type: graph.Country, Name: entries[c].Name, Entry: entries[c], Mentions: []graph.Span{{Start: i, End: i + len(c)}}})
			at = i + len(c)
		}
		at = 0
		for _, o := range tc.org {
			i := strings.Index(tc.text[at:], o) + at
			org.Mentions = append(org.Mentions, graph.Span{Start: i, End: i + len(o)})
			at = i + len(o)
		}
		ex.Entities = append(ex.Entities, org)
		writtenForms(text.Segment(tc.text), ex)
		if org.Name != tc.want || !slices.Equal(org.Aliases, tc.aliases) {
			t.Errorf("%q: organization %q aliases %q, want %q aliases %q", tc.text, org.Name, org.Aliases, tc.want, tc.aliases)
		}
	}
}
