package doctor_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/doctor"
	"github.com/newsgraph/newsgraph/graph/store"
)

func TestStoreFurniture(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const art1 = "0123456789abcdef"
	text := "Sharif met Modi in Delhi.\n\nSharif said talks went well.\n\nFOLLOW NDTV ON X"
	at := func(sub string) []graph.Span {
		i := strings.LastIndex(text, sub)
		return []graph.Span{{Start: i, End: i + len(sub)}}
	}
	err = s.Update(func(tx *store.Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art1, Title: "T"}, text, art1); err != nil {
			return err
		}
		for _, m := range []struct {
			e     graph.Entity
			spans []graph.Span
		}{
			{graph.Entity{Name: "Sharif", Type: graph.Person, Mentions: 2}, append(at("Sharif met"), at("Sharif said")...)},
			{graph.Entity{Name: "Modi", Type: graph.Person, Mentions: 1}, at("Modi")},
			{graph.Entity{Name: "NDTV", Type: graph.Organization, Mentions: 1}, at("NDTV")},
		} {
			if _, err := tx.NewEntity(&m.e); err != nil {
				return err
			}
			if err := tx.AddMentions(art1, m.e.ID, m.spans); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var f []doctor.Furniture
	err = s.View(func(tx *store.Txn) error { f = doctor.FindFurniture(tx, g); return nil })
	if err != nil || len(f) != 1 || f[0].Entity.Name != "NDTV" || f[0].Reason != "all-caps line" || f[0].Line != "FOLLOW NDTV ON X" {
		t.Errorf("Furniture = %+v, %v; want NDTV on its all-caps last line", f, err)
	}
}
