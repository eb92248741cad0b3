package ingest

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// linkAll extracts and links each text as one article of a fresh store and
// returns the loaded graph.
func linkAll(t *testing.T, texts ...string) *graph.Graph {
	t.Helper()
	return linkWith(t, entities.New(), texts...)
}

// linkWith is linkAll with extractor x.
func linkWith(t *testing.T, x *entities.Extractor, texts ...string) *graph.Graph {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, text := range texts {
		ex := x.Extract(text)
		id := fmt.Sprintf("%016x", i+1)
		if err := s.Update(func(tx *store.Txn) error {
			if err := tx.PutArticle(&graph.Article{ID: id, Title: id}, text, id); err != nil {
				return err
			}
			_, err := Link(tx, id, ex)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	// Ingest ends with the joins that depend on the whole store.
	if _, err := Resolve(s); err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func personNames(g *graph.Graph) []string {
	var out []string
	for _, e := range g.Entities {
		if e.Type == graph.Person {
			out = append(out, e.Name)
		}
	}
	slices.Sort(out)
	return out
}

// TestLinkSharedSurname: a surname two people share stays apart from
// both full names, in one node, titled or not, unless the title is the
// role of one of them ("President Reagan").
func TestLinkSharedSurname(t *testing.T) {
	for _, tc := range []struct {
		articles, want []string
	}{
		{[]string{
			"President Ronald Reagan said the budget would pass.",
			"First lady Nancy Reagan visited a school in Ohio.",
			"Senator Robert Dole said President Reagan would veto the bill.",
			"Officials said Mr Reagan would travel on Monday, Senator Robert Dole said.",
		}, []string{"Nancy Reagan", "Reagan", "Robert Dole", "Ronald Reagan"}},
		{[]string{ // a title no bearer has: one node with the untitled surname
			"First lady Tomas Quillon visited a school in Ohio.",
			"Senator Marta Quillon said the budget would pass.",
			"Officials said President Quillon would sign the bill.",
			"Officials said Mr Quillon would travel on Monday.",
		}, []string{"Marta Quillon", "Quillon", "Tomas Quillon"}},
	} {
		if got := personNames(linkAll(t, tc.articles...)); !slices.Equal(got, tc.want) {
			t.Errorf("persons = %q, want %q", got, tc.want)
		}
	}
}

func TestLinkUniqueSurname(t *testing.T) {
	g := linkAll(t,
		"Federal Reserve Board Chairman Paul Volcker said rates would hold.",
		"Volcker said on Tuesday that the dollar had fallen enough, Treasury Secretary James Baker said.",
	)
	got := personNames(g)
	want := []string{"James Baker", "Paul Volcker"}
	if !slices.Equal(got, want) {
		t.Errorf("persons = %q, want %q", got, want)
	}
}

func TestSkeleton(t *testing.T) {
	same := [][2]string{{"shehbaz", "shahbaz"}, {"mohammed", "muhammad"}, {"mohamed", "muhammad"}, {"hussain", "hussein"}, {"jaishankar", "jayshankar"}}
	for _, p := range same {
		if skeleton(p[0]) != skeleton(p[1]) {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q; want equal", p[0], skeleton(p[0]), p[1], skeleton(p[1]))
		}
	}
	differ := [][2]string{{"sanjay", "sunil"}, {"imran", "omar"}, {"nawaz", "naveed"}}
	for _, p := range differ {
		if skeleton(p[0]) == skeleton(p[1]) {
			t.Errorf("skeleton(%q) = skeleton(%q) = %q; want different", p[0], p[1], skeleton(p[0]))
		}
	}
}

func TestLinkTransliteration(t *testing.T) {
	g := linkAll(t,
		"Prime Minister Shehbaz Sharif met the delegation.",
		"Prime Minister Shahbaz Sharif left for Riyadh.",
		"Prime Minister Shehbaz Sharif returned on Friday.", // the spelling written more often names the node
		"Interior Minister Mohsin Naqvi and Senator Mohammed Khan spoke.",
		"Senator Muhammad Khan replied.",
		"Energy Secretary John Herrington said so.",
		"Analyst John Harrington said so too.",
	)
	got := personNames(g)
	want := []string{"John Harrington", "John Herrington", "Mohammed Khan", "Mohsin Naqvi", "Shehbaz Sharif"}
	if !slices.Equal(got, want) {
		t.Errorf("persons = %q, want %q", got, want)
	}
}

func TestLinkSameNameOneNode(t *testing.T) {
	g := linkAll(t,
		"The Bank of England (BOE) said it would hold rates.",
		"Traders said the Bank of England intervened again.",
		"The Bank of England declined to comment, traders said.",
	)
	n := 0
	for _, e := range g.Entities {
		if e.Name == "Bank of England" {
			n++
			if e.Articles != 3 {
				t.Errorf("Bank of England is in %d articles, want 3", e.Articles)
			}
		}
	}
	if n != 1 {
		t.Errorf("Bank of England is %d nodes, want 1", n)
	}
}

func TestLinkSurnameAbsorbedByLaterFullName(t *testing.T) {
	g := linkAll(t,
		"President Reagan said the budget would pass.",
		"Mr Reagan left for California on Friday, officials said.",
		"President Ronald Reagan signed the bill.",
	)
	got := personNames(g)
	if want := []string{"Ronald Reagan"}; !slices.Equal(got, want) {
		t.Errorf("persons = %q, want %q", got, want)
	}
}

func TestLinkWeakPersonToKnownOrganization(t *testing.T) {
	g := linkAll(t,
		"Analysts at the bank Wells Fargo expect the loans to be sound.",
		"Wells Fargo said profits rose.",
	)
	for _, e := range g.Entities {
		if e.Type == graph.Person {
			t.Errorf("person %q, want none", e.Name)
		}
	}
}

func TestLinkWikidata(t *testing.T) {
	g := linkAll(t,
		"The World Health Organization warned on Monday that cases were rising.",
		"NATO ministers met in Brussels on Tuesday.",
	)
	want := map[string]string{"World Health Organization": "Q7817", "North Atlantic Treaty Organisation": "Q7184"}
	for _, e := range g.Entities {
		if q, ok := want[e.Name]; ok {
			if e.Attrs["wikidata"] != q {
				t.Errorf("%s: wikidata %q, want %q (attrs %v)", e.Name, e.Attrs["wikidata"], q, e.Attrs)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("no node for %v", want)
	}
}
