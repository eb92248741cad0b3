package store

import (
	"maps"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFoldMergedGazetteerFacts: an entity merged into one of another type
// (a town read as a person's surname) gives it no gazetteer facts; one of
// the same type gives those its root lacks.
func TestFoldMergedGazetteerFacts(t *testing.T) {
	town := map[string]string{"gazetteer": "place:1", "country": "IT", "wikidata": "Q1", "note": "x"}
	for _, c := range []struct {
		name     string
		rootType graph.Type
		want     map[string]string
	}{
		{"into a person", graph.Person, map[string]string{"role": "Leader", "note": "x"}},
		{"into a place", graph.Place, map[string]string{"role": "Leader", "gazetteer": "place:1", "country": "IT", "wikidata": "Q1", "note": "x"}},
	} {
		root := &graph.Entity{ID: 1, Name: "Ada Quill", Type: c.rootType, Attrs: map[string]string{"role": "Leader"}}
		merged := &graph.Entity{ID: 2, Name: "Quill", Type: graph.Place, Attrs: maps.Clone(town), Mentions: 1}
		foldMerged(map[graph.ID]*graph.Entity{1: root}, []*graph.Entity{merged}, func(graph.ID) graph.ID { return 1 })
		if !maps.Equal(root.Attrs, c.want) {
			t.Errorf("%s: attrs %v, want %v", c.name, root.Attrs, c.want)
		}
		if root.Mentions != 1 {
			t.Errorf("%s: %d mentions, want 1", c.name, root.Mentions)
		}
	}
}
