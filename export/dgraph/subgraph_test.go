package dgraph

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSubgraphBuild reads back, without a cluster, what the queries would
// return for the sample graph's Ada: entities numbered in store-ID order,
// relations in the store's direction with attributes and evidence titled
// from the articles read, aliases sorted, and store IDs given back.
func TestSubgraphBuild(t *testing.T) {
	s := newSubgraph()
	ada := nodeJSON{UID: "0x1", Key: "n:person:ada lovelace", Name: "Ada Lovelace", Type: "person", Aliases: []string{"Lovelace", "Ada"}, Mentions: 3, Articles: 1, ID: 40, Attrs: "{}"}
	london := nodeJSON{UID: "0x2", Key: "g:geo:2643743", Name: "London", Type: "place", ID: 7, Attrs: `{"country":"GB","gazetteer":"geo:2643743"}`}
	society := nodeJSON{UID: "0x3", Key: "n:organization:analytical society", Name: "Analytical Society", Type: "organization", ID: 41}
	s.addNode(ada)
	// A co-mention's key holds its entities in key order, whatever the store's IDs.
	s.addRel(relJSON{Key: RelationKey(graph.CoMention, ada.Key, society.Key), Kind: "co_mention", Weight: 2, Confidence: 1, Attrs: "{}",
		Evidence: []evidenceJSON{{Article: "a1", Sentence: "Ada spoke.", Start: 0, End: 10}, {Article: "a2", Sentence: "Ada thanked them.", Start: 5, End: 22}},
		End:      society})
	s.addRel(relJSON{Key: RelationKey(graph.Visits, ada.Key, london.Key), Kind: "visits", Weight: 1, Confidence: 0.6, Attrs: `{"date":"1843-05-01"}`, End: london})
	s.addRel(relJSON{Key: "not a relation key", End: london})
	s.addArticle(articleJSON{Key: "a:a1", Title: "A <test>"}, ada.Key)
	s.build(map[string]string{"a2": "Another"})

	g := s.Graph
	if len(g.Entities) != 3 || g.Entities[0].Name != "London" || g.Entities[1].Name != "Ada Lovelace" || g.Entities[2].Name != "Analytical Society" {
		t.Fatalf("entities not in store-ID order: %+v", g.Entities)
	}
	e := s.Entity(ada.Key)
	if e == nil || s.StoreID(e.ID) != 40 || !reflect.DeepEqual(e.Aliases, []string{"Ada", "Lovelace"}) || e.Attrs != nil {
		t.Errorf("Ada read back as %+v (store ID %d)", e, s.StoreID(e.ID))
	}
	if got := g.Entities[0].Attrs["country"]; got != "GB" {
		t.Errorf("London's country: %q", got)
	}
	want := []graph.Relation{
		{Source: 2, Target: 1, Kind: graph.Visits, Weight: 1, Confidence: 0.6, Attrs: map[string]string{"date": "1843-05-01"}, Evidence: []graph.Evidence{}},
		{Source: 2, Target: 3, Kind: graph.CoMention, Weight: 2, Confidence: 1, Evidence: []graph.Evidence{
			{Article: "a1", Title: "A <test>", Sentence: "Ada spoke.", Start: 0, End: 10},
			{Article: "a2", Title: "Another", Sentence: "Ada thanked them.", Start: 5, End: 22}}},
	}
	if !reflect.DeepEqual(g.Relations, want) {
		t.Errorf("relations:\n got %+v\nwant %+v", g.Relations, want)
	}
	if len(g.Articles) != 1 || g.Articles[0].ID != "a1" || !reflect.DeepEqual(g.Articles[0].Entities, []graph.ID{2}) {
		t.Errorf("articles: %+v", g.Articles)
	}
	if k := s.relationKey(&g.Relations[1]); k != RelationKey(graph.CoMention, ada.Key, society.Key) {
		t.Errorf("relation key %q", k)
	}
}

func TestKeysQueryAndUIDs(t *testing.T) {
	q, vars := keysQuery([]string{`a"}) { x }`, "b"}, "uid")
	if strings.Contains(q, `a"`) || vars["$k0"] != `a"}) { x }` || vars["$k1"] != "b" {
		t.Errorf("keys spliced into the query: %s %v", q, vars)
	}
	for u, ok := range map[string]bool{"0x1f": true, "0xABC": true, "0x": false, "1f": false, "0x1) { x }": false, "": false} {
		if validUID(u) != ok {
			t.Errorf("validUID(%q) = %v", u, !ok)
		}
	}
}
