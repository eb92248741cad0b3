package dgraph

import (
	"context"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/newsgraph/newsgraph/graph"
)

func TestMutationQuads(t *testing.T) {
	_, rels, _, _ := records(sample(), Options{})
	u := newUpsert()
	u.add(rels[0]) // Ada and the Society, co-mentioned in three sentences
	// As if the lookup found the relation and Ada, not the Society.
	// The relation links to a sentence of this store's article a1 and to
	// one of another store's article.
	f := &found{uid: map[string]string{rels[0].key: "0x10", "n:person:ada lovelace": "0x11"},
		links: map[string][]link{rels[0].key: {{"0x20", "s:a1\x1f0\x1f45"}, {"0x21", "s:b7\x1f3\x1f9"}}}}
	u.mine = ownSentences(sample(), nil)
	set, del, err := u.mutation(f)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, q := range set {
		lines = append(lines, quadString(q))
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{
		// Sentences are bound first (predicates in sorted order).
		`0x10 ng_evidence -> _:k1 (ng_seq 0)`,
		`0x10 ng_evidence -> _:k3 (ng_seq 2)`,
		// A co-mention's keys in sorted order: the Society first.
		`0x10 ng_source -> _:k4`,
		`0x10 ng_target -> 0x11`,
		`0x10 ng_weight = int:2`,
		`0x10 dgraph.type = "Relation"`,
		`_:k4 ng_rel_co_mention -> 0x11`,
		// Nodes made only for a link get their key: no node without one.
		`_:k4 ng_key = "n:organization:analytical society"`,
		"_:k1 ng_key = \"s:a1\x1f0\x1f45\"",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("set quads lack %q:\n%s", want, got)
		}
	}
	lines = nil
	for _, q := range del {
		lines = append(lines, quadString(q))
	}
	// The link to this store's old sentence goes (the sentence stays until
	// its own key leaves the graph); the other store's evidence stays.
	if d := strings.Join(lines, "\n"); d != "0x10 ng_evidence -> 0x20" {
		t.Errorf("delete quads:\n%s", d)
	}
}

// quadString writes q in a short form for tests.
func quadString(q *api.NQuad) string {
	if q.ObjectId != "" {
		s := q.Subject + " " + q.Predicate + " -> " + q.ObjectId
		for _, f := range q.Facets {
			s += fmt.Sprintf(" (%s %d)", f.Key, binary.LittleEndian.Uint64(f.Value))
		}
		return s
	}
	switch v := q.ObjectValue.Val.(type) {
	case *api.Value_StrVal:
		return q.Subject + " " + q.Predicate + ` = "` + v.StrVal + `"`
	case *api.Value_IntVal:
		return q.Subject + " " + q.Predicate + " = int:" + strconv.FormatInt(v.IntVal, 10)
	case *api.Value_DefaultVal:
		return q.Subject + " " + q.Predicate + " = *"
	}
	return q.Subject + " " + q.Predicate + " = " + q.ObjectValue.String()
}

// TestClusterStringsStayStrings pushes names that a JSON mutation would take for
// something else ("uid(x)" a query variable, "[1, 2]" a vector) and reads
// them back as they were.
func TestClusterStringsStayStrings(t *testing.T) {
	dg := cluster(t)
	ctx := context.Background()
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: 1, Name: "uid(x)", Type: graph.Organization, Aliases: []string{"val(y)"}, Mentions: 1, Articles: 1},
		{ID: 2, Name: "[1.5, 2]", Type: graph.Organization, Mentions: 1, Articles: 1},
	}}
	if _, err := Push(ctx, dg, g, &MemState{}, Options{}); err != nil {
		t.Fatal(err)
	}
	resp, err := dg.NewReadOnlyTxn().Query(ctx, `{ q(func: type(Entity), orderasc: ng_name) { ng_name ng_alias } }`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(resp.Json), `{"q":[{"ng_name":"[1.5, 2]"},{"ng_name":"uid(x)","ng_alias":["val(y)"]}]}`; got != want {
		t.Errorf("names read back: %s, want %s", got, want)
	}
}
