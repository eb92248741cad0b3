package dgraph

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPushRefusesKeylessEntities: an entity whose name is empty once
// normalised, or a relation whose end is not among the graph's entities,
// would send an empty key; the push refuses, naming the entity.
func TestPushRefusesKeylessEntities(t *testing.T) {
	nameless := sample()
	nameless.Entities = append(nameless.Entities, graph.Entity{ID: 7, Name: " -. ", Type: graph.Organization})
	dangling := sample()
	dangling.Relations = append(dangling.Relations, graph.Relation{Source: 2, Target: 9, Kind: graph.CoMention, Weight: 1})
	for _, c := range []struct {
		name string
		g    *graph.Graph
		want string
	}{
		{"nameless entity", nameless, `entity #7 " -. " (organization) has no key`},
		{"relation to no entity", dangling, "entity #9 is not among the graph's entities"},
	} {
		res, err := Push(context.Background(), nil, c.g, &MemState{}, Options{DryRun: true})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: push gave %+v, %v; want an error with %q", c.name, res, err, c.want)
		}
	}
	// A nameless entity with a gazetteer ID has a key.
	nameless.Entities[len(nameless.Entities)-1].Attrs = map[string]string{"gazetteer": "geo:1"}
	if _, err := Push(context.Background(), nil, nameless, &MemState{}, Options{DryRun: true}); err != nil {
		t.Errorf("entity with a gazetteer ID and no name: %v", err)
	}
	if _, err := Push(context.Background(), nil, sample(), &MemState{}, Options{DryRun: true}); err != nil {
		t.Errorf("sample: %v", err)
	}
}

// TestLookupSkipsKeylessNodes: the index can list a node that holds none
// of the keys asked for (no ng_key at all); it is no key's node, and two
// of them are not a key on two nodes. A key asked for on two nodes is.
func TestLookupSkipsKeylessNodes(t *testing.T) {
	u := newUpsert()
	u.bind("n:person:ada lovelace")
	u.bind("n:place:lyon")
	f, err := parseLookup([]byte(`{"q": [{"uid": "0x1"}, {"uid": "0x2", "ng_key": "n:person:ada lovelace"}, {"uid": "0x3"}]}`), u.index)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.uid) != 1 || f.uid["n:person:ada lovelace"] != "0x2" {
		t.Errorf("lookup found %v, want only Ada on 0x2", f.uid)
	}
	_, err = parseLookup([]byte(`{"q": [{"uid": "0x4", "ng_key": "n:place:lyon"}, {"uid": "0x5", "ng_key": "n:place:lyon"}]}`), u.index)
	if err == nil || !strings.Contains(err.Error(), `key "n:place:lyon" is on two nodes`) {
		t.Errorf("a key on two nodes: %v", err)
	}
}
