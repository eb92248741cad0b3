package ingest

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// TestAcronymJoins checks Resolve's acronym joins on made-up entities: of
// two long forms with one acronym that share most of their words, the
// shorter joins the fuller, and the bare acronym then joins them when no
// other entity has it; a long form with that acronym and other words
// stays apart (and keeps the bare acronym apart), as does one whose
// "acronym" spells none of its names; a long form joins the gazetteer
// entity with its acronym, whatever their ranks; two equally full long
// forms stay apart.
func TestAcronymJoins(t *testing.T) {
	gaz := map[string]string{"gazetteer": "org:1"}
	ents := []graph.Entity{
		{ID: 1, Name: "VGDA", Type: graph.Organization},
		{ID: 2, Name: "Varnholt Grain Dealers Association System", Type: graph.Organization, Aliases: []string{"VGDA"}},
		{ID: 3, Name: "Varnholt Grain Dealers Association", Type: graph.Organization, Aliases: []string{"VGDA"}},
		{ID: 4, Name: "Vossberg Gold Diggers Association", Type: graph.Organization, Aliases: []string{"VGDA"}},
		{ID: 5, Name: "West Varnholt VGDA", Type: graph.Organization, Aliases: []string{"VGDA"}}, // no acronym of it
		{ID: 6, Name: "Quellmark Harbour Trust", Type: graph.Organization, Aliases: []string{"QHT"}, Attrs: gaz},
		{ID: 7, Name: "Quellmark Harbour Trust Company", Type: graph.Organization, Aliases: []string{"QHT"}},
		{ID: 8, Name: "Quellmark Harbour Trust Corporation", Type: graph.Person, Aliases: []string{"QHT"}}, // another type
		{ID: 10, Name: "KLMN", Type: graph.Organization},
		{ID: 11, Name: "Kessel Lake Mining Network", Type: graph.Organization, Aliases: []string{"KLMN"}},
		{ID: 12, Name: "Kessel Lake Mining Network Authority", Type: graph.Organization, Aliases: []string{"KLMN"}},
		{ID: 14, Name: "Tarnow Freight Union", Type: graph.Organization, Aliases: []string{"TFU"}}, // equally full: apart
		{ID: 15, Name: "Tarnow Ferry Union", Type: graph.Organization, Aliases: []string{"TFU"}},
	}
	into, _ := joinAll(ents, nil, nil)
	got := map[graph.ID]graph.ID{}
	for from := range into {
		got[from] = endOf(into, from)
	}
	want := map[graph.ID]graph.ID{3: 2, 7: 6, 10: 12, 11: 12}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("joins = %v, want %v", got, want)
	}
}

// TestAcronymOrder checks that which entities an acronym joins does not
// depend on the order the articles are read in (made-up names): every
// order of the articles gives the same nodes.
func TestAcronymOrder(t *testing.T) {
	texts := []string{
		"The Varnholt Grain Dealers Association (VGDA) said on Monday that prices would fall.",
		"The Varnholt Grain Dealers Association System (VGDA) said on Tuesday that prices would rise.",
		"Traders said the VGDA would cut prices again on Wednesday.",
		"The Vossberg Gold Diggers Association (VGDA) said on Thursday that mines would close.",
	}
	x := DefaultExtractor()
	var first string
	// Each order of these five puts each article before and after each other one.
	for _, order := range [][]int{{0, 1, 2, 3}, {2, 3, 1, 0}, {1, 2, 0, 3}, {3, 2, 0, 1}, {2, 0, 3, 1}} {
		got := linkInOrder(t, x.Extract, texts, order)
		if first == "" {
			first = got
			if !strings.Contains(got, "Varnholt Grain Dealers Association System\taliases=VGDA|Varnholt Grain Dealers Association\t") ||
				!strings.Contains(got, "Vossberg Gold Diggers Association\taliases=VGDA\t") {
				t.Errorf("order %v: the two Varnholt long forms are not one node, or Vossberg is not apart:\n%s", order, got)
			}
			continue
		}
		if got != first {
			t.Errorf("order %v gives other nodes:\n%s\nthan %v:\n%s", order, got, []int{0, 1, 2, 3}, first)
		}
	}
}

// linkInOrder links texts in the given order into a new store, each
// article keeping its number in texts, runs Resolve and describes the
// nodes (describeNodes).
func linkInOrder(t *testing.T, extract func(string) *entities.Extraction, texts []string, order []int) string {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, i := range order {
		ex := extract(texts[i])
		id := fmt.Sprintf("%016x", i+1)
		if err := s.Update(func(tx *store.Txn) error {
			if err := tx.PutArticle(&graph.Article{ID: id, Title: id}, texts[i], id); err != nil {
				return err
			}
			_, err := Link(tx, id, ex)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Resolve(s); err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return describeNodes(g)
}
