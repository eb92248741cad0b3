package main

import (
	"context"
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// storeKeys returns the keys a push of the store db writes: entities and
// relations.
func storeKeys(t *testing.T, db string) (ents, rels []string) {
	t.Helper()
	gr := loadStore(t, db)
	ek := dgraph.EntityKeys(gr)
	for _, k := range ek {
		ents = append(ents, k)
	}
	for _, r := range gr.Relations {
		rels = append(rels, dgraph.RelationKey(r.Kind, ek[r.Source], ek[r.Target]))
	}
	slices.Sort(ents)
	slices.Sort(rels)
	return ents, rels
}

// clusterKeys returns the keys of the cluster's entity and relation nodes.
func clusterKeys(t *testing.T, addr string) (ents, rels []string) {
	t.Helper()
	ctx := context.Background()
	dg, closeConn, err := dgraph.Dial(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer closeConn()
	for typ, out := range map[string]*[]string{"Entity": &ents, "Relation": &rels} {
		keys, err := dgraph.Keys(ctx, dg, typ)
		if err != nil {
			t.Fatal(err)
		}
		*out = slices.Sorted(maps.Keys(keys))
	}
	return ents, rels
}

// TestShardsConvergeCluster ingests ingesttest.ShardedNews and
// ShardedTwoFullNames into one store and, every other article, into two, pushes the two into the cluster, and runs push
// --converge from each in rounds until a round changes nothing: the
// cluster must then hold exactly the one store's entities and relations,
// which it does not before converging. The second store joins "Coast
// Guard" to the one full name it holds, where the first holds another:
// converging must undo that join.
func TestShardsConvergeCluster(t *testing.T) {
	addr := emptyCluster(t)
	dir := t.TempDir()
	corpus := slices.Concat(ingesttest.ShardedNews, ingesttest.ShardedTwoFullNames)
	all := writeFile(t, dir, "all.jsonl", strings.Join(corpus, "\n")+"\n")
	var parts [2][]string
	for i, line := range corpus {
		parts[i%2] = append(parts[i%2], line)
	}
	one := filepath.Join(dir, "one")
	shards := []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}
	for db, in := range map[string]string{
		one:       all,
		shards[0]: writeFile(t, dir, "a.jsonl", strings.Join(parts[0], "\n")+"\n"),
		shards[1]: writeFile(t, dir, "b.jsonl", strings.Join(parts[1], "\n")+"\n"),
	} {
		if code, out, errs := cli(t, db, "ingest", "--quiet", in); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s%s", in, code, out, errs)
		}
	}
	wantEnts, wantRels := storeKeys(t, one)
	for _, db := range shards {
		pushJSON(t, db, "--dgraph", addr)
	}
	if ents, rels := clusterKeys(t, addr); slices.Equal(ents, wantEnts) || slices.Equal(rels, wantRels) {
		t.Fatalf("before converging the cluster already holds the one store's keys: the corpus tests nothing\n%q", ents)
	}
	fixed := false
	for round := 1; round <= 4 && !fixed; round++ {
		fixed = true
		for _, db := range shards {
			code, out, errs := cli(t, db, "push", "--json", "--converge", "--dgraph", addr)
			if code != 0 {
				t.Fatalf("round %d: push --converge: exit %d: %s", round, code, errs)
			}
			var rep struct {
				Converge convergeReport `json:"converge"`
				dgraph.Result
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("push --converge output %q: %v", out, err)
			}
			if rep.Converge.Changed() || rep.Converge.Forgotten > 0 || rep.Sent() > 0 {
				fixed = false
			}
		}
	}
	if !fixed {
		t.Fatal("push --converge still changes the stores after 4 rounds")
	}
	ents, rels := clusterKeys(t, addr)
	if !slices.Equal(ents, wantEnts) {
		t.Errorf("cluster entities differ from the one store's:\ncluster %q\none     %q", ents, wantEnts)
	}
	if !slices.Equal(rels, wantRels) {
		t.Errorf("cluster relations differ from the one store's:\ncluster %q\none     %q", rels, wantRels)
	}
	var union []string
	for _, db := range shards {
		e, _ := storeKeys(t, db)
		union = append(union, e...)
	}
	slices.Sort(union)
	if union = slices.Compact(union); !slices.Equal(union, ents) {
		t.Errorf("cluster entities differ from the union of the two stores':\ncluster %q\nstores  %q", ents, union)
	}
}
