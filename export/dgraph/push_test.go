package dgraph

import (
	"context"
	"maps"
	"net"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/graph"
)

func TestKeys(t *testing.T) {
	for _, c := range []struct {
		e    graph.Entity
		want string
	}{
		{graph.Entity{Name: "Lyon", Type: graph.Place, Attrs: map[string]string{"gazetteer": "geo:2996944", "wikidata": "Q456"}}, "g:geo:2996944"},
		{graph.Entity{Name: "Ada Lovelace", Type: graph.Person, Attrs: map[string]string{"wikidata": "Q7259"}}, "w:Q7259"},
		{graph.Entity{Name: "Bogotá  Water-Board", Type: graph.Organization}, "n:organization:bogota water board"},
	} {
		if got := EntityKey(&c.e); got != c.want {
			t.Errorf("EntityKey(%q) = %q, want %q", c.e.Name, got, c.want)
		}
	}
	// A co-mention has no direction: both orders give one key.
	if RelationKey(graph.CoMention, "n:b", "n:a") != RelationKey(graph.CoMention, "n:a", "n:b") {
		t.Error("co-mention key depends on the order of its entities")
	}
	if RelationKey(graph.MemberOf, "n:b", "n:a") == RelationKey(graph.MemberOf, "n:a", "n:b") {
		t.Error("directed relation key ignores direction")
	}
	k, s, d, ok := splitRelationKey(RelationKey(graph.Visits, "n:x", "g:1"))
	if !ok || k != graph.Visits || s != "n:x" || d != "g:1" {
		t.Errorf("splitRelationKey: %v %q %q %v", k, s, d, ok)
	}
}

func TestEntityKeysKeepTwinsApart(t *testing.T) {
	jackson := func(id graph.ID) graph.Entity { return graph.Entity{ID: id, Name: "Mr Jackson", Type: graph.Person} }
	g := &graph.Graph{Entities: []graph.Entity{jackson(9), jackson(4), {ID: 5, Name: "Lyon", Type: graph.Place}, jackson(7)}}
	want := map[graph.ID]string{4: "n:person:mr jackson", 7: "n:person:mr jackson#2", 9: "n:person:mr jackson#3", 5: "n:place:lyon"}
	if got := EntityKeys(g); !maps.Equal(got, want) {
		t.Errorf("EntityKeys = %v, want %v", got, want)
	}
	// A twin ingested later gets the next number; the others keep theirs.
	g.Entities = append(g.Entities, jackson(12))
	want[12] = "n:person:mr jackson#4"
	if got := EntityKeys(g); !maps.Equal(got, want) {
		t.Errorf("after one more twin: %v, want %v", got, want)
	}
}

// sample is a small graph with every part a push writes.
func sample() *graph.Graph {
	return &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Ada Lovelace", Type: graph.Person, Aliases: []string{"Lovelace", "Ada"}, Mentions: 3, Articles: 1},
			{ID: 2, Name: "Analytical Society", Type: graph.Organization, Mentions: 2, Articles: 1},
			{ID: 3, Name: "London", Type: graph.Place, Attrs: map[string]string{"gazetteer": "geo:2643743", "country": "GB"}, Mentions: 1, Articles: 1},
			{ID: 4, Name: "Charles \"Babbage\" \\ Jr", Type: graph.Person, Mentions: 1, Articles: 1},
		},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.CoMention, Weight: 2, Confidence: 1, Evidence: []graph.Evidence{
				{Article: "a1", Sentence: "Ada Lovelace spoke to the Analytical Society.", Start: 0, End: 45},
				{Article: "a1", Sentence: "The Analytical Society thanked Ada.", Start: 46, End: 81},
				// Also the evidence of the next relation: one sentence node.
				{Article: "a1", Sentence: "Ada leads the Analytical Society.", Start: 82, End: 115}}},
			{Source: 1, Target: 2, Kind: graph.Leads, Weight: 1, Confidence: 0.7, Evidence: []graph.Evidence{{Article: "a1", Sentence: "Ada leads the Analytical Society.", Start: 82, End: 115}}},
			{Source: 1, Target: 3, Kind: graph.Visits, Weight: 1, Confidence: 0.6, Attrs: map[string]string{"date": "1843-05-01"}, Evidence: []graph.Evidence{{Article: "a1", Sentence: "Ada visits London.", Start: 116, End: 134}}},
			{Source: 3, Target: 4, Kind: graph.CoMention, Weight: 1, Confidence: 1, Evidence: []graph.Evidence{{Article: "a1", Sentence: "In London, Charles \"Babbage\" \\ Jr.", Start: 135, End: 170}}},
		},
		Articles: []graph.Article{{ID: "a1", Title: "A <test> & \"story\"", Date: "1843-05-01", Entities: []graph.ID{1, 2, 3, 4}}},
	}
}

func TestDryRunPlansEverythingOnce(t *testing.T) {
	st := &MemState{}
	res, err := Push(context.Background(), nil, sample(), st, Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Entities.Sent != 4 || res.Sentences.Sent != 5 || res.Relations.Sent != 4 || res.Articles.Sent != 1 || res.Evidence != 6 {
		t.Errorf("dry run plan: %+v", res)
	}
	if len(st.M) != 0 {
		t.Errorf("dry run saved a state: %v", st.M)
	}
	// Records hash the same on every build (maps are marshalled in key order).
	e1, r1, a1, _ := records(sample(), Options{})
	e2, r2, a2, _ := records(sample(), Options{})
	for i, l := range [][2][]*record{{e1, e2}, {r1, r2}, {a1, a2}} {
		for j := range l[0] {
			if l[0][j].hash != l[1][j].hash {
				t.Errorf("list %d record %d: hash differs between builds", i, j)
			}
		}
	}
}

// cluster connects to the Dgraph named by NEWSGRAPH_DGRAPH (an alpha's gRPC
// address, as started by scripts/dgraph) and empties it; the test is
// skipped without it.
func cluster(t *testing.T) *dgo.Dgraph {
	t.Helper()
	addr := os.Getenv("NEWSGRAPH_DGRAPH")
	if addr == "" {
		t.Skip("NEWSGRAPH_DGRAPH not set (start a cluster with scripts/dgraph start DIR; it is emptied by the test)")
	}
	ctx := context.Background()
	dg, closeConn, err := Dial(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeConn() })
	if err := Empty(ctx, dg); err != nil {
		t.Fatal(err)
	}
	return dg
}

// checkEqual compares the cluster with g: counts and every entity's neighbours.
func checkEqual(t *testing.T, dg *dgo.Dgraph, g *graph.Graph) {
	t.Helper()
	ctx := context.Background()
	ents, rels, _, _ := records(g, Options{})
	ev := 0
	for _, r := range rels {
		ev += len(r.body["ng_evidence"].([]seqRef))
	}
	got, err := Count(ctx, dg)
	if err != nil {
		t.Fatal(err)
	}
	want := ClusterCounts{Entities: len(ents), Relations: len(rels), Evidence: ev, Sentences: len(sentenceRecords(g)), Articles: len(g.Articles)}
	if got != want {
		t.Errorf("cluster counts %+v, local graph %+v", got, want)
	}
	for _, e := range ents {
		local := LocalNeighbours(g, e.key)
		remote, err := Neighbours(ctx, dg, e.key)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(local, remote) {
			t.Errorf("neighbours of %s:\nlocal  %v\ncluster %v", e.key, local, remote)
		}
	}
}

func TestPushToCluster(t *testing.T) {
	dg := cluster(t)
	ctx := context.Background()
	st := &MemState{}
	g := sample()
	res, err := Push(ctx, dg, g, st, Options{Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sent() != 14 {
		t.Errorf("first push sent %d records, want 14", res.Sent())
	}
	checkEqual(t, dg, g)

	res, err = Push(ctx, dg, g, st, Options{})
	if err != nil || res.Sent() != 0 || res.Requests != 0 {
		t.Errorf("second push: %+v, %v; want nothing sent", res, err)
	}

	// A curation: Babbage renamed (a new key, the old node deleted),
	// Ada loses an alias, one relation gone, one with new evidence.
	// Sent: the new Babbage, Ada and the Society (degrees changed).
	g.Entities[3].Name = "Charles Babbage"
	g.Entities[0].Aliases = []string{"Lovelace"}
	g.Relations = slices.Delete(g.Relations, 1, 2)
	g.Relations[0].Evidence = g.Relations[0].Evidence[:1]
	g.Relations[0].Weight = 1
	res, err = Push(ctx, dg, g, st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Sentences: the two that only the cut evidence and the deleted
	// relation cited go.
	if res.Entities.Sent != 3 || res.Entities.Deleted != 1 || res.Relations.Sent != 2 || res.Relations.Deleted != 2 || res.Articles.Sent != 1 ||
		res.Sentences.Sent != 0 || res.Sentences.Deleted != 2 {
		t.Errorf("incremental push: %+v", res)
	}
	checkEqual(t, dg, g)
	resp, err := dg.NewReadOnlyTxn().Query(ctx, `{ q(func: eq(ng_key, "n:person:ada lovelace")) { ng_alias } }`)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(resp.Json); !strings.Contains(s, `"Lovelace"`) || strings.Contains(s, `"Ada"`) {
		t.Errorf("aliases after the update: %s", s)
	}
}

func TestDialUnreachable(t *testing.T) {
	start := time.Now()
	_, _, err := Dial(context.Background(), "127.0.0.1:1", nil)
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("Dial to a closed port: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Dial took %s to fail", d)
	}
}

// TestDialSilent dials an address that accepts connections and never
// answers (a port behind a stuck proxy, a hung server): Dial must give up
// with an error naming it within 10 s.
func TestDialSilent(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, never written to
		}
	}()
	start := time.Now()
	_, _, err = Dial(context.Background(), ln.Addr().String(), nil)
	if err == nil || !strings.Contains(err.Error(), ln.Addr().String()) {
		t.Errorf("Dial to a silent address: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Dial took %s to fail", d)
	}
}
