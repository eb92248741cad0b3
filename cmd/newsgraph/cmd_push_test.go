package main

import (
	"cmp"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

func demoStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if code, out, errs := cli(t, filepath.Join(dir, "x"), "demo", "--out", filepath.Join(dir, "demo")); code != 0 {
		t.Fatalf("demo: %d %s %s", code, out, errs)
	}
	return filepath.Join(dir, "demo", "newsgraph.db")
}

func pushJSON(t *testing.T, db string, args ...string) dgraph.Result {
	t.Helper()
	code, out, errs := cli(t, db, append([]string{"push", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("push %v: exit %d: %s", args, code, errs)
	}
	var res dgraph.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("push output %q: %v", out, err)
	}
	return res
}

func TestPushDryRunAndUnreachable(t *testing.T) {
	db := demoStore(t)
	res := pushJSON(t, db, "--dgraph", "127.0.0.1:1", "--dry-run")
	if res.Entities.Sent == 0 || res.Entities.Sent != res.Entities.Total || res.Relations.Sent != res.Relations.Total {
		t.Errorf("dry run: %+v", res)
	}
	start := time.Now()
	code, _, errs := cli(t, db, "push", "--dgraph", "127.0.0.1:1")
	if code != exitFailure || !strings.Contains(errs, "127.0.0.1:1") || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
		t.Errorf("push to a closed port: exit %d, %q", code, errs)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("push to a closed port took %s", d)
	}
}

// TestPushDemoToCluster pushes the demo graph into the cluster named by
// NEWSGRAPH_DGRAPH (emptied first) and compares it with the store.
func TestPushDemoToCluster(t *testing.T) {
	addr, dg := emptyClusterConn(t)
	ctx := context.Background()
	db := demoStore(t)
	first := pushJSON(t, db, "--dgraph", addr)
	if first.Sent() == 0 {
		t.Fatalf("first push sent nothing: %+v", first)
	}
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	gr, err := s.Load(store.LoadOptions{Evidence: -1})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, k := range dgraph.EntityKeys(gr) {
		keys[k] = true
	}
	got, err := dgraph.Count(ctx, dg)
	if err != nil {
		t.Fatal(err)
	}
	if got.Entities != len(gr.Entities) || len(keys) != len(gr.Entities) || got.Entities != first.Entities.Total || got.Relations != first.Relations.Total || got.Articles != len(gr.Articles) {
		t.Errorf("cluster holds %+v; store has %d entities (%d keys), push counted %d relations, %d articles",
			got, len(gr.Entities), len(keys), first.Relations.Total, len(gr.Articles))
	}
	if again := pushJSON(t, db, "--dgraph", addr); again.Sent() != 0 || again.Requests != 0 {
		t.Errorf("second push sent %d records in %d requests", again.Sent(), again.Requests)
	}
	checkNeighboursCommand(t, db, addr, gr)
	for k := range keys {
		local := dgraph.LocalNeighbours(gr, k)
		remote, err := dgraph.Neighbours(ctx, dg, k)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(local, remote) {
			t.Errorf("neighbours of %s: local %d, cluster %d\n%v\n%v", k, len(local), len(remote), local, remote)
		}
	}
}

// checkNeighboursCommand compares "neighbours NAME" from the store and
// with --dgraph for 20 entities spread over the graph, among names only
// one entity has (a name two entities have asks which one is meant).
func checkNeighboursCommand(t *testing.T, db, addr string, gr *graph.Graph) {
	t.Helper()
	named := map[string]int{}
	for _, e := range gr.Entities {
		named[e.Name]++
	}
	step := max(1, len(gr.Entities)/20)
	compared := 0
	for i := 0; i < len(gr.Entities); i += step {
		name := gr.Entities[i].Name
		if named[name] > 1 {
			continue
		}
		var rows [2][]neighbourRow
		ambiguous := false
		for j, extra := range [][]string{nil, {"--dgraph", addr}} {
			code, out, errs := cli(t, db, append([]string{"neighbours", name, "--json"}, extra...)...)
			if j == 0 && code != 0 && strings.Contains(errs, "matches") {
				ambiguous = true // another entity has the name as an alias: the command asks which is meant
				break
			}
			if code != 0 {
				t.Fatalf("neighbours %q %v: exit %d: %s", name, extra, code, errs)
			}
			if err := json.Unmarshal([]byte(out), &rows[j]); err != nil {
				t.Fatal(err)
			}
			for k := range rows[j] {
				rows[j][k].ID = 0
			}
			slices.SortFunc(rows[j], func(a, b neighbourRow) int {
				return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Kind, b.Kind))
			})
		}
		if ambiguous {
			continue
		}
		compared++
		if !slices.Equal(rows[0], rows[1]) {
			t.Errorf("neighbours %q:\nstore  %v\ndgraph %v", name, rows[0], rows[1])
		}
	}
	if compared < 10 {
		t.Errorf("only %d names compared; want at least 10", compared)
	}
}
