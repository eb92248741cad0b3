package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

func TestMarkSportsNews(t *testing.T) {
	entry := &gazetteer.Entry{ID: "person:x", Name: "X", Type: graph.Person}
	cases := []struct {
		name string
		e    Entity
		news bool
		want string
	}{
		{"player in a sports report", Entity{Type: graph.Person, Name: "Jones"}, true, "true"},
		{"person outside sports news", Entity{Type: graph.Person, Name: "Jones"}, false, ""},
		{"club in a sports report", Entity{Type: graph.Organization, Name: "Leeds"}, true, ""},
		{"gazetteer person in a sports report", Entity{Type: graph.Person, Name: "X", Entry: entry}, true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.e
			markSportsNews(&e, tc.news)
			if got := e.Attrs[SportsNewsAttr]; got != tc.want {
				t.Errorf("%s: attribute %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}
