package store

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

func TestCheckAndCounts(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	addSample(t, s)
	if err := s.Update(func(tx *Txn) error { return tx.PutSource([16]byte{1}, []string{art1, art2}) }); err != nil {
		t.Fatal(err)
	}
	c, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 2 || c.Entities != 5 || c.Relations != 3 {
		t.Errorf("census %+v, want 2 articles, 5 entities, 3 relations", c)
	}
	if got := c.PerArticle[art1]; got != (ArticleCensus{Mentions: 4, Evidence: 3}) {
		t.Errorf("article 1: %+v, want 4 mentions and 3 evidence sentences", got)
	}
	// Counts agrees with Load, merges applied (M merged into A).
	g, err := s.Load(LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	na, ne, nr, err := s.Counts()
	if err != nil || na != len(g.Articles) || ne != len(g.Entities) || nr != len(g.Relations) {
		t.Errorf("Counts = %d, %d, %d, %v; Load has %d, %d, %d", na, ne, nr, err, len(g.Articles), len(g.Entities), len(g.Relations))
	}
	// And with curations: a split adds an entity, a merge folds two.
	for _, c := range []Curation{
		{Op: OpSplit, Entity: 2, Name: "B", Summary: "split"},
		{Op: OpMerge, Entity: 3, Others: []graph.ID{4}, Summary: "merge"},
	} {
		if err := s.Update(func(tx *Txn) error { _, err := tx.AddCuration(c); return err }); err != nil {
			t.Fatal(err)
		}
		g, err := s.Load(LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		na, ne, nr, err := s.Counts()
		if err != nil || na != len(g.Articles) || ne != len(g.Entities) || nr != len(g.Relations) {
			t.Errorf("after %s: Counts = %d, %d, %d, %v; Load has %d, %d, %d", c.Op, na, ne, nr, err, len(g.Articles), len(g.Entities), len(g.Relations))
		}
	}
	if n, ok, err := func() (n int, ok bool, err error) {
		err = s.View(func(tx *Txn) error { n, ok, err = tx.Source([16]byte{1}); return err })
		return
	}(); n != 2 || !ok || err != nil {
		t.Errorf("Source = %d, %v, %v; want 2 articles", n, ok, err)
	}
}

// TestCheckFindsDamage damages a store in the ways a torn write would and
// checks that Check names each.
func TestCheckFindsDamage(t *testing.T) {
	u64 := func(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
	for _, tc := range []struct {
		name   string
		damage func(txn *badger.Txn, a, b, m graph.ID) error
		want   string
	}{
		{"mention without reverse", func(txn *badger.Txn, a, b, m graph.ID) error { return txn.Delete(mentionRevKey(a, art1)) }, "has no reverse key"},
		{"reverse without mention", func(txn *badger.Txn, a, b, m graph.ID) error { return txn.Delete(mentionKey(art1, b)) }, "has no mention"},
		{"article without text", func(txn *badger.Txn, a, b, m graph.ID) error { return txn.Delete(textKey(art2)) }, "has no text"},
		{"article without hash", func(txn *badger.Txn, a, b, m graph.ID) error { return txn.Delete(hashKey(art2)) }, "is not indexed"},
		{"mention of a missing article", func(txn *badger.Txn, a, b, m graph.ID) error {
			return txn.Set(mentionKey("aaaaaaaaaaaaaaaa", a), nil)
		}, "missing article"},
		{"weight without evidence", func(txn *badger.Txn, a, b, m graph.ID) error {
			return txn.Set(relKey(pRel, a, graph.CoMention, b), binary.AppendUvarint(nil, 9))
		}, "weight 9 but 2 evidence"},
		{"relation without reverse", func(txn *badger.Txn, a, b, m graph.ID) error {
			return txn.Delete(relKey(pRelRev, b, graph.CoMention, a))
		}, "has no reverse key"},
		{"evidence without relation", func(txn *badger.Txn, a, b, m graph.ID) error {
			return txn.Set(evidenceKey(a, graph.MemberOf, b, art1, 0, 3), nil)
		}, "which is not stored"},
		{"redirect to nothing", func(txn *badger.Txn, a, b, m graph.ID) error { return txn.Set(redirectKey(b), u64(999)) }, "missing entity 999"},
		{"entity above the sequence", func(txn *badger.Txn, a, b, m graph.ID) error {
			return txn.Set(entityKey(77), marshal(graph.Entity{ID: 77, Name: "X", Type: graph.Person}))
		}, "not below the next ID"},
		{"input digest of a missing article", func(txn *badger.Txn, a, b, m graph.ID) error {
			return txn.Set(sourceKey([16]byte{2}), []byte("bbbbbbbbbbbbbbbb"))
		}, "refers to missing article"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTemp(t)
			defer s.Close()
			a, b, _, _, m := addSample(t, s)
			if err := s.db.Update(func(txn *badger.Txn) error { return tc.damage(txn, a, b, m) }); err != nil {
				t.Fatal(err)
			}
			_, err := s.Check()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check() = %v, want it to say %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}
