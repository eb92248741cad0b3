package doctor

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestNewsApart(t *testing.T) {
	person := func(news string) *graph.Entity {
		e := &graph.Entity{Name: "Tollan", Type: graph.Person}
		if news != "" {
			e.Attrs = map[string]string{sportsNewsAttr: news}
		}
		return e
	}
	cases := []struct {
		a, b *graph.Entity
		want bool
	}{
		{person("true"), person(""), true},
		{person(""), person("true"), true},
		{person("true"), person("true"), false},
		{person(""), person(""), false},
		{person("some"), person(""), false},
		{person("true"), person("some"), false},
		{&graph.Entity{Name: "Tollan", Type: graph.Organization}, person("true"), false},
		{&graph.Entity{Name: "Ivo Tollan", Type: graph.Person}, person("true"), true},
		{&graph.Entity{Name: "Ivo Tollan", Type: graph.Person}, &graph.Entity{Name: "Ana Tollan", Type: graph.Person, Attrs: map[string]string{sportsNewsAttr: "true"}}, false},
	}
	for i, tc := range cases {
		if got := newsApart(tc.a, tc.b); got != tc.want {
			t.Errorf("case %d: newsApart(%v, %v) = %v, want %v", i, tc.a.Attrs, tc.b.Attrs, got, tc.want)
		}
	}
}
