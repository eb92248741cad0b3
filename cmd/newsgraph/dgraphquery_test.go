package main

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// emptyCluster returns the address of the Dgraph cluster named by
// NEWSGRAPH_DGRAPH, emptied; the test is skipped without one.
func emptyCluster(t *testing.T) string {
	t.Helper()
	addr := os.Getenv("NEWSGRAPH_DGRAPH")
	if addr == "" {
		t.Skip("NEWSGRAPH_DGRAPH not set (start a cluster with scripts/dgraph start DIR; it is emptied by the test)")
	}
	ctx := context.Background()
	dg, closeConn, err := dgraph.Dial(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer closeConn()
	if err := dg.DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	return addr
}

func loadStore(t *testing.T, db string) *graph.Graph {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	gr, err := s.Load(store.LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	return gr
}

// sameAnswer runs a command on the store and with --dgraph addr and fails
// unless both exit alike and, when they succeed, print the same.
func sameAnswer(t *testing.T, db, addr string, args ...string) {
	t.Helper()
	code1, out1, err1 := cli(t, db, args...)
	code2, out2, err2 := cli(t, db, append(args, "--dgraph", addr)...)
	if code1 != code2 || out1 != out2 {
		t.Errorf("%q: store exit %d, dgraph exit %d\nstore:  %s%s\ndgraph: %s%s", args, code1, code2, out1, err1, out2, err2)
	}
}

// TestQueryCommandsCluster pushes the demo graph, with two entities merged
// (so that relations gather evidence from several), into the cluster and
// checks that show and path answer from it exactly as from the store: every
// entity's show (JSON, with 3, all and no evidence sentences; text), and
// the paths between 40 pairs of entities, over all relations and over some
// kinds.
func TestQueryCommandsCluster(t *testing.T) {
	addr := emptyCluster(t)
	db := demoStore(t)
	gr := loadStore(t, db)
	// Merge the two least mentioned people: a curation the store answers
	// through its merge overlay.
	var people []*graph.Entity
	for i := range gr.Entities {
		if e := &gr.Entities[i]; e.Type == graph.Person {
			people = append(people, e)
		}
	}
	if len(people) < 2 {
		t.Fatalf("demo graph has %d people", len(people))
	}
	a, b := people[len(people)-1], people[len(people)-2]
	if code, _, errs := cli(t, db, "merge", fmt.Sprintf("#%d", a.ID), fmt.Sprintf("#%d", b.ID)); code != 0 {
		t.Fatalf("merge: %d %s", code, errs)
	}
	pushJSON(t, db, "--dgraph", addr)
	gr = loadStore(t, db)

	var names []string
	for i := range gr.Entities {
		e := &gr.Entities[i]
		names = append(names, e.Name)
		for _, ev := range []string{"3", "-1", "0"} {
			sameAnswer(t, db, addr, "show", e.Name, "--json", "--evidence", ev)
		}
		if i%5 == 0 {
			sameAnswer(t, db, addr, "show", e.Name)
			sameAnswer(t, db, addr, "show", fmt.Sprintf("#%d", e.ID), "--json")
		}
	}
	sameAnswer(t, db, addr, "show", "no such entity anywhere")
	n := len(names)
	for i := range 40 {
		from, to := names[(i*7)%n], names[(i*13+5)%n]
		sameAnswer(t, db, addr, "path", from, to, "--json")
		sameAnswer(t, db, addr, "path", from, to, "--json", "--kind", "member_of,holds_role,located_in,visits,co_mention")
		if i%10 == 0 {
			sameAnswer(t, db, addr, "path", from, to)
			sameAnswer(t, db, addr, "path", from, to, "--kind", "member_of,leads")
		}
	}
}
