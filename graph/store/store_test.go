package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/newsgraph/newsgraph/graph"
)

type badgerTxn = badger.Txn

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(dir, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

const (
	art1 = "0123456789abcdef"
	art2 = "fedcba9876543210"
)

// addSample stores two articles: A and B co-mentioned in two sentences,
// P a member of Q, and entity M merged into A.
func addSample(t *testing.T, s *Store) (a, b, p, q, m graph.ID) {
	t.Helper()
	err := s.Update(func(tx *Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art1, Title: "One"}, "A met B. B met A. P of Q.", art1); err != nil {
			return err
		}
		for _, e := range []*graph.Entity{{Name: "A", Type: graph.Person}, {Name: "B", Type: graph.Country}, {Name: "P", Type: graph.Person}, {Name: "Q", Type: graph.Party}} {
			if _, err := tx.NewEntity(e); err != nil {
				return err
			}
		}
		a, b, p, q = 1, 2, 3, 4
		if err := tx.AddRelation(b, graph.CoMention, a, art1, []graph.Span{{Start: 0, End: 8}, {Start: 9, End: 17}}); err != nil {
			return err
		}
		if err := tx.AddRelation(p, graph.MemberOf, q, art1, []graph.Span{{Start: 18, End: 25}}); err != nil {
			return err
		}
		for _, id := range []graph.ID{a, b, p, q} {
			if err := tx.AddMentions(art1, id, []graph.Span{{Start: 0, End: 1}}); err != nil {
				return err
			}
		}
		return tx.AddName("a", a, graph.NameFull)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(func(tx *Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art2, Title: "Two"}, "M met B.", art2); err != nil {
			return err
		}
		e := &graph.Entity{Name: "M", Type: graph.Person, Aliases: []string{"Mm"}, Mentions: 1}
		if _, err := tx.NewEntity(e); err != nil {
			return err
		}
		m = e.ID
		if err := tx.AddMentions(art2, m, []graph.Span{{Start: 0, End: 1}}); err != nil {
			return err
		}
		if err := tx.AddRelation(m, graph.CoMention, b, art2, []graph.Span{{Start: 0, End: 8}}); err != nil {
			return err
		}
		return tx.Redirect(m, a)
	})
	if err != nil {
		t.Fatal(err)
	}
	return
}

func TestStoreLoadMergesRedirects(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	a, b, p, q, _ := addSample(t, s)
	g, err := s.Load(LoadOptions{Evidence: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entities) != 4 {
		t.Fatalf("got %d entities, want 4 (M merged into A)", len(g.Entities))
	}
	ea := g.Entity(a)
	if ea.Articles != 2 || strings.Join(ea.Aliases, ",") != "M,Mm" {
		t.Errorf("A = %+v, want 2 articles and aliases M, Mm", ea)
	}
	var co, mem *graph.Relation
	for i := range g.Relations {
		r := &g.Relations[i]
		switch {
		case r.Kind == graph.CoMention && r.Source == a && r.Target == b:
			co = r
		case r.Kind == graph.MemberOf && r.Source == p && r.Target == q:
			mem = r
		}
	}
	if co == nil || co.Weight != 3 || len(co.Evidence) != 3 {
		t.Fatalf("co_mention A–B = %+v, want weight 3 with 3 evidence sentences", co)
	}
	if got := co.Evidence[0].Sentence; got != "A met B." {
		t.Errorf("evidence sentence = %q", got)
	}
	if mem == nil || mem.Weight != 1 || mem.Evidence[0].Sentence != "P of Q." || mem.Evidence[0].Title != "One" {
		t.Errorf("member_of = %+v", mem)
	}
	if len(g.Articles) != 2 || len(g.Articles[0].Entities) != 4 {
		t.Errorf("articles = %+v", g.Articles)
	}
}

func TestAddRelationIsIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	for range 2 {
		if err := s.Update(func(tx *Txn) error {
			return tx.AddRelation(1, graph.CoMention, 2, art1, []graph.Span{{Start: 0, End: 5}})
		}); err != nil {
			t.Fatal(err)
		}
	}
	g, err := s.Load(LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Relations) != 1 || g.Relations[0].Weight != 1 {
		t.Errorf("relations = %+v, want one of weight 1", g.Relations)
	}
}

func TestFailedUpdateWritesNothing(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	boom := errors.New("boom")
	err := s.Update(func(tx *Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art1, Title: "One"}, "text", art1); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if _, ok, _ := s.HasContent(art1); ok {
		t.Error("article of a failed transaction is visible")
	}
	if v, _ := s.Version(); v != 0 {
		t.Errorf("version = %d after a failed update, want 0", v)
	}
}

func TestNames(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	addSample(t, s)
	err := s.View(func(tx *Txn) error {
		refs, err := tx.Names("a")
		if err != nil {
			return err
		}
		if len(refs) != 1 || refs[0].ID != 1 || refs[0].Kind != graph.NameFull {
			t.Errorf("Names(a) = %+v", refs)
		}
		id, err := tx.Resolve(5)
		if id != 1 {
			t.Errorf("Resolve(5) = %d, want 1", id)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenErrors(t *testing.T) {
	tmp := t.TempDir()

	// Missing store, read-only.
	if _, err := Open(filepath.Join(tmp, "missing"), Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("missing: err = %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(filepath.Join(tmp, "missing")); err == nil {
		t.Error("a read-only open created the directory")
	}

	// A directory that holds something else.
	other := filepath.Join(tmp, "other")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("hello"), 0o644)
	if _, err := Open(other, Options{Create: true}); !errors.Is(err, ErrNotStore) {
		t.Errorf("other dir: err = %v, want ErrNotStore", err)
	}
	if entries, _ := os.ReadDir(other); len(entries) != 1 {
		t.Errorf("open wrote into a foreign directory: %d entries", len(entries))
	}

	// Locked by another open in this process.
	s, dir := openTemp(t)
	_, err := Open(dir, Options{})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("second open: err = %v, want ErrLocked", err)
	}
	if err != nil && !strings.Contains(err.Error(), "pid") {
		t.Errorf("lock error %q does not name the holder", err)
	}
	s.Close()

	// A newer schema.
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(txn *badgerTxn) error { return txn.Set(metaKey(metaSchema), []byte("99")) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("newer schema: err = %v, want ErrNewerSchema", err)
	}
}

func TestReadOnlyOpensShare(t *testing.T) {
	s, dir := openTemp(t)
	addSample(t, s)
	s.Close()
	r1, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second read-only open: %v", err)
	}
	r2.Close()
}

func TestRelationInfo(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	steps := []struct {
		art  string
		span graph.Span
		info graph.RelationInfo
	}{
		{art1, graph.Span{Start: 0, End: 5}, graph.RelationInfo{Confidence: 0.6, Attrs: map[string]string{"role": "Prime Minister"}}},
		{art1, graph.Span{Start: 6, End: 9}, graph.RelationInfo{Confidence: 0.8, Attrs: map[string]string{"role": "PM", "date": "2025-05-07"}}},
		{art1, graph.Span{Start: 6, End: 9}, graph.RelationInfo{Confidence: 1}}, // evidence already stored: no change
	}
	for _, st := range steps {
		if err := s.Update(func(tx *Txn) error {
			return tx.AddRelationInfo(1, graph.HoldsRole, 2, st.art, []graph.Span{st.span}, st.info)
		}); err != nil {
			t.Fatal(err)
		}
	}
	g, err := s.Load(LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Relations) != 1 {
		t.Fatalf("relations = %+v, want one", g.Relations)
	}
	r := g.Relations[0]
	if r.Weight != 2 || r.Confidence != 0.8 || r.Attrs["role"] != "Prime Minister" || r.Attrs["date"] != "2025-05-07" {
		t.Errorf("relation = %+v, want weight 2, confidence 0.8, first role, date kept", r)
	}
}

func FuzzDecodeRelValue(f *testing.F) {
	f.Add(relValue{weight: 3, confidence: 1}.encode())
	f.Add(relValue{weight: 7, confidence: 0.42, attrs: map[string]string{"role": "Chief Minister", "date": "2025-05-07"}}.encode())
	f.Add([]byte{1, 50, 9})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeRelValue(b)
		if err != nil {
			return
		}
		again, err := decodeRelValue(r.encode())
		if err != nil {
			t.Fatalf("re-decoding %x: %v", r.encode(), err)
		}
		if again.weight != r.weight || len(again.attrs) != len(r.attrs) {
			t.Fatalf("round trip changed %+v into %+v", r, again)
		}
	})
}
