package ingest

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

func TestDominant(t *testing.T) {
	type person struct {
		mentions int
		gaz      string
	}
	for _, c := range []struct {
		name string
		in   []person
		want []graph.ID
	}{
		{"one", []person{{3, ""}}, []graph.ID{1}},
		{"far more often", []person{{2, ""}, {47, ""}, {1, ""}}, []graph.ID{2}},
		{"exactly five times", []person{{10, ""}, {2, ""}}, []graph.ID{1}},
		{"not five times", []person{{10, ""}, {3, ""}}, []graph.ID{1, 2}},
		{"too few mentions", []person{{9, ""}, {1, ""}}, []graph.ID{1, 2}},
		{"a gazetteer's person", []person{{50, "person:XX:quill"}, {1, ""}}, []graph.ID{1, 2}},
		{"two often named", []person{{40, ""}, {30, ""}}, []graph.ID{1, 2}},
	} {
		byID := map[graph.ID]*graph.Entity{}
		var ids []graph.ID
		for i, p := range c.in {
			id := graph.ID(i + 1)
			e := &graph.Entity{ID: id, Name: "Ada Quill", Type: graph.Person, Mentions: p.mentions}
			if p.gaz != "" {
				e.Attrs = map[string]string{"gazetteer": p.gaz}
			}
			byID[id] = e
			ids = append(ids, id)
		}
		if got := dominant(ids, byID); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestNotRelatives(t *testing.T) {
	type person struct {
		mentions int
		relative bool
	}
	for _, c := range []struct {
		name string
		in   []person
		want []graph.ID
	}{
		{"the one not a relative", []person{{1, false}, {1, true}}, []graph.ID{1}},
		{"the relative named more often", []person{{1, false}, {47, true}}, nil},
		{"two not relatives", []person{{3, false}, {2, false}, {1, true}}, nil},
		{"all relatives", []person{{3, true}, {2, true}}, nil},
	} {
		byID := map[graph.ID]*graph.Entity{}
		var ids []graph.ID
		for i, p := range c.in {
			id := graph.ID(i + 1)
			e := &graph.Entity{ID: id, Name: "Ada Quill", Type: graph.Person, Mentions: p.mentions}
			if p.relative {
				e.Attrs = map[string]string{entities.RelativeAttr: "true"}
			}
			byID[id] = e
			ids = append(ids, id)
		}
		if got := notRelatives(ids, byID); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
