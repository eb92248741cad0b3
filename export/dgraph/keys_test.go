package dgraph

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
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

// TestClusterLinkToDeletedEntityKeepsItsKey: store B pushes a relation to
// an entity that store A deleted from the cluster after B had pushed it
// (B's state still holds it, so B does not resend it). The node made for
// the link carries the entity's key: no node without a key, and when B
// sends the entity again it lands on that node, not on a second one.
func TestClusterLinkToDeletedEntityKeepsItsKey(t *testing.T) {
	dg := cluster(t)
	ctx := context.Background()
	g := sample()
	stA := &MemState{}
	if _, err := Push(ctx, dg, g, stA, Options{}); err != nil {
		t.Fatal(err)
	}
	// B pushed the same entities; its state says so.
	ents, _, _, err := records(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stB := &MemState{M: map[string]string{}}
	for _, r := range ents {
		stB.M[r.key] = r.hash
	}
	// A merges the Society away: its node and relations leave the cluster.
	soc := EntityKey(&g.Entities[1])
	gA := sample()
	gA.Entities = slices.Delete(gA.Entities, 1, 2)
	gA.Relations = slices.DeleteFunc(gA.Relations, func(r graph.Relation) bool { return r.Source == 2 || r.Target == 2 })
	gA.Articles[0].Entities = []graph.ID{1, 3, 4}
	if _, err := Push(ctx, dg, gA, stA, Options{}); err != nil {
		t.Fatal(err)
	}
	// B sends its relations (to the Society among them), not the entities.
	if _, err := Push(ctx, dg, g, stB, Options{}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Q []struct {
			UID string `json:"uid"`
			Key string `json:"ng_key"`
		}
	}
	src := `{ q(func: has(~ng_source)) { uid ng_key } }`
	if err := query(ctx, dg, src, nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, n := range out.Q {
		if n.Key == "" {
			t.Errorf("relation end %s has no key", n.UID)
		}
	}
	// B sends the Society again (as Forget makes it): one node under its key.
	delete(stB.M, soc)
	if _, err := Push(ctx, dg, g, stB, Options{}); err != nil {
		t.Fatal(err)
	}
	out.Q = nil
	if err := query(ctx, dg, `query q($k: string) { q(func: eq(ng_key, $k)) { uid ng_key } }`, map[string]string{"$k": soc}, &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Q) != 1 {
		t.Errorf("the Society's key is on %d nodes, want 1: %v", len(out.Q), out.Q)
	}
	checkEqual(t, dg, g)
}

// TestOneArticleEventsKeyedByArticle: events of one article ("talks"
// between two named sides, entities.UnnamedAttr) are keyed by their
// article, so two stores that read the same articles in other orders, or
// only some of them, key each article's event alike; entities named alike
// otherwise stay twins numbered in ID order.
func TestOneArticleEventsKeyedByArticle(t *testing.T) {
	talks := func(id graph.ID) graph.Entity {
		return graph.Entity{ID: id, Name: "talks", Type: graph.Event, Attrs: map[string]string{entities.UnnamedAttr: "true"}}
	}
	mk := func(first, second string, a, b graph.ID) *graph.Graph {
		return &graph.Graph{
			Entities: []graph.Entity{talks(a), talks(b), {ID: 5, Name: "Orvanto Mills", Type: graph.Organization}, {ID: 6, Name: "Orvanto Mills", Type: graph.Organization}},
			Articles: []graph.Article{{ID: first, Entities: []graph.ID{a, 5}}, {ID: second, Entities: []graph.ID{b, 6}}},
		}
	}
	// The same two articles read in the other order: the IDs swap.
	k1, k2 := EntityKeys(mk("art1", "art2", 1, 2)), EntityKeys(mk("art2", "art1", 1, 2))
	if k1[1] != k2[2] || k1[2] != k2[1] || k1[1] == k1[2] {
		t.Errorf("talks keyed %q, %q read in one order and %q, %q in the other; want each article's own key", k1[1], k1[2], k2[2], k2[1])
	}
	if !strings.HasPrefix(k1[1], "u:art1:") {
		t.Errorf("talks of art1 keyed %q, want it under its article", k1[1])
	}
	if k1[5] != "n:organization:orvanto mills" || k1[6] != "n:organization:orvanto mills#2" {
		t.Errorf("twins keyed %q, %q; want the name key and #2", k1[5], k1[6])
	}
	// One store that read only the second article keys its talks alike.
	only := &graph.Graph{Entities: []graph.Entity{talks(9)}, Articles: []graph.Article{{ID: "art2", Entities: []graph.ID{9}}}}
	if k := EntityKeys(only)[9]; k != k1[2] {
		t.Errorf("a store of art2 alone keys its talks %q, want %q", k, k1[2])
	}
}
