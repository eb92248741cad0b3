package ingest

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// TestMatchReading links, one article each, organizations named like a
// nation or a town with the readings the teams stage gives them, and
// checks which join: of a nation's name only the same reading (a team of
// one sport, a team of a report of no known sport, any other
// organization); of a town's name a team only teams and an organization
// of no team's reading no team; of another name the organization of no
// sport joins the one sport's team, as before.
func TestMatchReading(t *testing.T) {
	type org struct {
		name        string
		sport, team string
	}
	for _, tc := range []struct {
		desc string
		orgs []org
		want []int // for each org, the index of the first org it must share a node with
	}{
		{"nation: a team and a bond issuer stay apart", []org{
			{"Canada", "rugby", ""}, {"Canada", "", ""}, {"Canada", "", ""}, {"Canada", "rugby", ""},
		}, []int{0, 1, 1, 0}},
		{"nation: sports stay apart, a team of no known sport too", []org{
			{"Japan", "rugby", ""}, {"Japan", "", "true"}, {"Japan", "football", ""}, {"Japan", "", "true"},
		}, []int{0, 1, 2, 1}},
		{"nation: an issuer read first takes no team", []org{
			{"Canada", "", ""}, {"Canada", "rugby", ""},
		}, []int{0, 1}},
		{"town: a team takes no organization of no team's reading", []org{
			{"Leeds", "football", ""}, {"Leeds", "", ""}, {"Leeds", "", ""}, {"Leeds", "football", ""},
		}, []int{0, 1, 1, 0}},
		{"town: an organization read first takes no team", []org{
			{"Houston", "", ""}, {"Houston", "tennis", ""}, {"Houston", "", ""},
		}, []int{0, 1, 0}},
		{"town: a team of no known sport joins the one sport's team", []org{
			{"Leeds", "rugby", ""}, {"Leeds", "", "true"}, {"Leeds", "", ""},
		}, []int{0, 0, 2}},
		{"town: a team of a sport joins the team of no known sport", []org{
			{"Leeds", "", "true"}, {"Leeds", "rugby", ""}, {"Leeds", "", ""},
		}, []int{0, 0, 2}},
		{"town: two sports stay apart", []org{
			{"Leeds", "rugby", ""}, {"Leeds", "football", ""}, {"Leeds", "", "true"},
		}, []int{0, 1, 2}},
		{"made-up name: one sport's team takes the organization of no sport", []org{
			{"Ostmark", "football", ""}, {"Ostmark", "", ""},
		}, []int{0, 0}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			s, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{Create: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var ids []graph.ID
			for i, o := range tc.orgs {
				e := &entities.Entity{Name: o.name, Type: graph.Organization, Aliases: []string{o.name}, Mentions: []graph.Span{{Start: 0, End: len(o.name)}}, Attrs: map[string]string{}}
				if o.sport != "" {
					e.Attrs["sport"] = o.sport
				}
				if o.team != "" {
					e.Attrs[entities.TeamAttr] = o.team
				}
				ids = append(ids, linkAlone(t, s, i+1, e)...)
			}
			for i, w := range tc.want {
				if ids[i] != ids[w] {
					t.Errorf("org %d (%v) on node %d, want org %d's node %d", i, tc.orgs[i], ids[i], w, ids[w])
				}
				for j := range ids {
					if tc.want[j] != w && ids[j] == ids[i] {
						t.Errorf("org %d (%v) and org %d (%v) share node %d; want apart", i, tc.orgs[i], j, tc.orgs[j], ids[i])
					}
				}
			}
		})
	}
}

// TestNationOrgJoinsNoAlias: an organization named by a nation's name
// ("Canada" issuing bonds) joins no company that an article wrote as
// that name once, while a made-up town's name still joins the one
// company it is the alias of.
func TestNationOrgJoinsNoAlias(t *testing.T) {
	for _, tc := range []struct {
		short, full string
		want        []string
	}{
		{"Canada", "Quillmark Canada Ltd", []string{"organization:Canada", "organization:Quillmark Canada Ltd"}},
		{"Quillmark", "Quillmark Canada Ltd", []string{"organization:Quillmark Canada Ltd"}},
	} {
		full := word(tc.full, graph.Organization, false)
		full.Aliases = []string{tc.full, tc.short}
		s := linkedStore(t, filepath.Join(t.TempDir(), "db"),
			&entities.Extraction{Entities: []*entities.Entity{full}},
			&entities.Extraction{Entities: []*entities.Entity{word(tc.short, graph.Organization, false)}})
		if got := nodes(t, s); !slices.Equal(got, tc.want) {
			t.Errorf("%s beside %s: nodes %q, want %q", tc.short, tc.full, got, tc.want)
		}
	}
}
