package ingest

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// TestLinkDistinctGivenNamesStayApart: given names that differ are
// different people, also when one is the other with a letter or digit
// repeated ("Person10", "Person100"): the spelling variants that join
// transliterations are of letters only.
func TestLinkDistinctGivenNamesStayApart(t *testing.T) {
	g := linkAll(t,
		"Senator Person10 Khan said on Monday that the budget would pass.",
		"Senator Person100 Khan said the vote was close.",
		"Senator Person1000 Khan spoke.",
		"Senator Person10 Khan left for the capital.",
	)
	got := personNames(g)
	want := []string{"Person10 Khan", "Person100 Khan", "Person1000 Khan"}
	if !slices.Equal(got, want) {
		t.Errorf("persons = %q, want %q", got, want)
	}
}

// TestLinkManySharingSurname: with many people of one surname, a lone
// surname still stays apart from all of them and each full name still
// finds its own entity, as with two or three.
func TestLinkManySharingSurname(t *testing.T) {
	var texts []string
	for i := range 6 {
		texts = append(texts, fmt.Sprintf("Senator %s Khan said the vote was close.", []string{"Ayesha", "Bilal", "Danish", "Farah", "Imran", "Junaid"}[i]))
	}
	texts = append(texts, "Officials said Mr Khan would lead the talks.", "Senator Junaid Khan left.", "Mr Khan said so again on Monday.")
	g := linkAll(t, texts...)
	got := personNames(g)
	want := []string{"Ayesha Khan", "Bilal Khan", "Danish Khan", "Farah Khan", "Imran Khan", "Junaid Khan", "Khan"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %q, want %q", got, want)
	}
	for _, e := range g.Entities {
		if e.Name == "Khan" && e.Articles != 2 || e.Name == "Junaid Khan" && e.Articles != 2 {
			t.Errorf("%s is in %d articles, want 2", e.Name, e.Articles)
		}
	}
}

// TestLinkSharedSurnameScales links 8,000 articles, each about another
// person, once with one surname for all and once with 8,000 surnames: the
// first must take at most twice the CPU time of the second. Linking used
// to read every person of a surname for each new one (quadratic: 29 s
// against 1.3 s for the ingest of these numbers).
func TestLinkSharedSurnameScales(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: links 16,000 articles (-short)")
	}
	const n = 8000
	x := entities.New()
	extract := func(surname func(i int) string) []*entities.Extraction {
		out := make([]*entities.Extraction, n)
		for i := range n {
			out[i] = x.Extract(fmt.Sprintf("Senator Person%d %s said on Monday that the budget would pass.", i+1, surname(i)))
		}
		return out
	}
	same := extract(func(int) string { return "Khan" })
	distinct := extract(syllableName)
	link := func(name string, exs []*entities.Extraction) (time.Duration, int) {
		s, err := store.Open(filepath.Join(t.TempDir(), name), store.Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		s.CacheWrites(96 << 20) // as an ingest does
		cpu := cputime.Used()
		for start := 0; start < n; start += 32 { // 32 articles a transaction, as an ingest
			if err := s.Update(func(tx *store.Txn) error {
				for i := start; i < min(start+32, n); i++ {
					id := fmt.Sprintf("%016x", i+1)
					if err := tx.PutArticle(&graph.Article{ID: id, Title: id}, "", id); err != nil {
						return err
					}
					if _, err := Link(tx, id, exs[i]); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		used := cputime.Used() - cpu
		g, err := s.Load(store.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return used, len(personNames(g))
	}
	tDistinct, pDistinct := link("distinct", distinct)
	tSame, pSame := link("same", same)
	t.Logf("linking %d articles: %v CPU with one surname (%d persons), %v with distinct surnames (%d persons)", n, tSame, pSame, tDistinct, pDistinct)
	if pSame != n || pDistinct != n {
		t.Errorf("persons: %d with one surname, %d with distinct ones; want %d each", pSame, pDistinct, n)
	}
	if tDistinct > 0 && tSame > 2*tDistinct {
		t.Errorf("one surname took %v, over twice the %v of distinct surnames", tSame, tDistinct)
	}
}

// syllableName makes the i-th of a series of distinct surnames, such as
// "Tadinren".
func syllableName(i int) string {
	syl := []string{"ba", "ko", "ren", "mi", "ta", "lo", "vi", "sha", "dur", "nek", "pal", "zor", "gu", "fen", "rak", "sel", "to", "mar", "din", "vos"}
	s := ""
	for k := 0; k < 4; k++ {
		s += syl[i%len(syl)]
		i /= len(syl)
	}
	return string(s[0]-'a'+'A') + s[1:]
}
