package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// denseText is an article of made-up people, places and companies, many
// named in each sentence: its links are far more than its size suggests.
func denseText(sentences int) string {
	first := []string{"Alder", "Brisa", "Corwin", "Delphine", "Emrys", "Fenna", "Gideon", "Halma", "Ivo", "Junia", "Kester", "Lorna"}
	last := []string{"Quillon", "Varek", "Drummond", "Ashgrove", "Pellworth", "Tarrant", "Morrow", "Kinsella", "Oakhurst", "Brannock", "Celyn", "Faraday", "Whitlow"}
	towns := []string{"Eastfield", "Marrowby", "Calder Vale", "Northam", "Westerholm", "Pinecrest"}
	var b strings.Builder
	person := func(i int) string { return first[i%len(first)] + " " + last[(i/len(first))%len(last)] }
	for s := range sentences {
		i := 3 * s
		fmt.Fprintf(&b, "%s, %s and %s met in %s on Tuesday, said %s of the %s Group. ",
			person(i), person(i+1), person(i+2), towns[s%len(towns)], person(i+7), last[s%len(last)])
		if s%4 == 3 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// TestArticleInParts ingests an article too big for one transaction of a
// store with a small memtable (1 MB: 1,621 entries a transaction): it is
// stored in parts (Summary.InParts), whole, with the graph and text a
// store that holds it in one transaction has, and the store checks clean.
func TestArticleInParts(t *testing.T) {
	dir := t.TempDir()
	big := denseText(160)
	lines := []string{}
	for i, text := range []string{"Ivo Brannock opened a bakery in Northam.", big, "Lorna Celyn said Halma Faraday of Marrowby had resigned."} {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint("a", i), "title": fmt.Sprint("Article ", i), "text": text})
		lines = append(lines, string(b))
	}
	in := ingesttest.WriteFile(t, dir, "in.jsonl", strings.Join(lines, "\n")+"\n")
	ingest := func(name string, o store.Options) (*Summary, string) {
		db := filepath.Join(dir, name)
		o.Create = true
		s, err := store.Open(db, o)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		sum, err := New(s, Options{Workers: 2}).Run(context.Background(), []Input{{Path: in}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != 3 || len(sum.Failed) > 0 {
			t.Fatalf("%s: %+v, want 3 articles added", name, sum)
		}
		return sum, db
	}
	ref, refDB := ingest("one transaction", store.Options{})
	small, smallDB := ingest("small memtable", store.Options{MemTableSize: 1 << 20})
	if ref.InParts != 0 || small.InParts != 1 {
		t.Fatalf("articles in parts: %d with the 16 MB memtable, %d with 1 MB; want 0 and 1", ref.InParts, small.InParts)
	}
	ingesttest.SameGraph(t, "stored in parts", ingesttest.GraphJSON(t, refDB), ingesttest.GraphJSON(t, smallDB))
	texts := func(db string) map[string]string {
		s, err := store.Open(db, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		g, err := s.Load(store.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		s.View(func(tx *store.Txn) error {
			for _, a := range g.Articles {
				m[a.ID], _ = tx.Text(a.ID)
			}
			return nil
		})
		if len(g.Entities) < 150 {
			t.Errorf("%d entities: the test article should name many", len(g.Entities))
		}
		return m
	}
	want, got := texts(refDB), texts(smallDB)
	longest := 0
	for id, text := range want {
		if got[id] != text {
			t.Errorf("article %s: %d bytes of text stored, want %d", id, len(got[id]), len(text))
		}
		longest = max(longest, len(text))
	}
	if longest < len(big)*9/10 {
		t.Errorf("the big article has %d bytes stored of %d", longest, len(big))
	}
}
