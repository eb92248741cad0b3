package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// linkExtractions links each extraction as one article of a fresh store
// and returns the loaded graph.
func linkExtractions(t *testing.T, exs ...*entities.Extraction) *graph.Graph {
	t.Helper()
	g, err := linkedStore(t, filepath.Join(t.TempDir(), "db"), exs...).Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// linkedStore links each extraction as one article, a day apart, of a
// new store at dir, then resolves it, as an ingest does.
func linkedStore(t *testing.T, dir string, exs ...*entities.Extraction) *store.Store {
	t.Helper()
	return linkedStoreRetried(t, dir, false, exs...)
}

// errRolledBack rolls back the transaction linkedStoreRetried links an
// article in before it links it again.
var errRolledBack = errors.New("rolled back")

// linkedStoreRetried is linkedStore that, when retry, first links each
// article in a transaction it rolls back, as the ingest writer does when
// a batch is too big for one transaction (store.ErrTxnTooBig), and then
// again with the same extraction.
func linkedStoreRetried(t *testing.T, dir string, retry bool, exs ...*entities.Extraction) *store.Store {
	t.Helper()
	s, err := store.Open(dir, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i, ex := range exs {
		id := fmt.Sprintf("%016x", i+1)
		link := func(tx *store.Txn) error {
			a := &graph.Article{ID: id, Title: id, Date: fmt.Sprintf("2020-01-%02d", i+1)}
			if err := tx.PutArticle(a, "text", id); err != nil {
				return err
			}
			_, err := Link(tx, id, ex)
			return err
		}
		if retry {
			if err := s.Update(func(tx *store.Txn) error { return errors.Join(link(tx), errRolledBack) }); !errors.Is(err, errRolledBack) {
				t.Fatal(err)
			}
		}
		if err := s.Update(link); err != nil {
			t.Fatal(err)
		}
	}
	// Ingest ends with the joins that depend on the whole store.
	if _, err := Resolve(s); err != nil {
		t.Fatal(err)
	}
	return s
}

// typedNames returns "type:name" of every entity of g, sorted.
func typedNames(g *graph.Graph) []string {
	var out []string
	for _, e := range g.Entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	slices.Sort(out)
	return out
}

func person(name string, entry *gazetteer.Entry) *entities.Entity {
	return &entities.Entity{Name: name, Type: graph.Person, Entry: entry, Words: storedWords(name),
		Mentions: []graph.Span{{Start: 0, End: len(name)}}}
}

func word(name string, t graph.Type, weak bool) *entities.Entity {
	return &entities.Entity{Name: name, Type: t, WeakType: weak, Mentions: []graph.Span{{Start: 0, End: len(name)}}}
}

// mentioned returns e with n mentions.
func mentioned(e *entities.Entity, n int) *entities.Entity {
	for len(e.Mentions) < n {
		e.Mentions = append(e.Mentions, graph.Span{Start: 0, End: len(e.Name)})
	}
	return e
}

// town returns a one-word place with a gazetteer entry, weakly typed
// (found by the recognizer alone) or not.
func town(name string, weak bool) *entities.Entity {
	e := word(name, graph.Place, weak)
	e.Entry = &gazetteer.Entry{ID: "place:test-1", Name: name, Type: graph.Place, Population: 900}
	return e
}

func TestSurnameWord(t *testing.T) {
	gaz := &gazetteer.Entry{ID: "person:test-1", Name: "Ada Quillfeather", Type: graph.Person}
	tests := []struct {
		name   string
		first  []*entities.Entity
		second *entities.Entity
		want   []string // type:name of the nodes
	}{
		{"a weak organization is the one person of that surname",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, word("Quillfeather", graph.Organization, true),
			[]string{"person:Ada Quillfeather"}},
		{"a weak place too",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, word("Quillfeather", graph.Place, true),
			[]string{"person:Ada Quillfeather"}},
		{"an organization typed by more than the recognizer stays one",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, word("Quillfeather", graph.Organization, false),
			[]string{"organization:Quillfeather", "person:Ada Quillfeather"}},
		{"two people of that surname: no guess",
			[]*entities.Entity{person("Ada Quillfeather", nil), person("Bo Quillfeather", nil)}, word("Quillfeather", graph.Organization, true),
			[]string{"organization:Quillfeather", "person:Ada Quillfeather", "person:Bo Quillfeather"}},
		{"a word in capitals is an acronym",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, word("QUILLFEATHER", graph.Organization, true),
			[]string{"organization:QUILLFEATHER", "person:Ada Quillfeather"}},
		{"never a gazetteer person by surname alone",
			[]*entities.Entity{person("Ada Quillfeather", gaz)}, word("Quillfeather", graph.Organization, true),
			[]string{"organization:Quillfeather", "person:Ada Quillfeather"}},
		{"a byline running into a dateline is no full name",
			[]*entities.Entity{person("Ada QUILLFEATHER", nil)}, word("Quillfeather", graph.Place, true),
			[]string{"person:Ada QUILLFEATHER", "place:Quillfeather"}},
		{"a word only ever seen alone is no surname",
			[]*entities.Entity{person("Quillfeather", nil)}, word("Quillfeather", graph.Place, true),
			[]string{"person:Quillfeather", "place:Quillfeather"}},
		{"a title of a place ends in the place, not a surname",
			[]*entities.Entity{person("Duke of Quillfeather", nil)}, word("Quillfeather", graph.Place, true),
			[]string{"person:Duke of Quillfeather", "place:Quillfeather"}},
		{"a weak small town the gazetteer knows is the one person of that surname",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, town("Quillfeather", true),
			[]string{"person:Ada Quillfeather"}},
		{"but not when named more often than the person",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, mentioned(town("Quillfeather", true), 2),
			[]string{"person:Ada Quillfeather", "place:Quillfeather"}},
		{"also when the town is stored",
			[]*entities.Entity{person("Ada Quillfeather", nil), town("Quillfeather", false)}, town("Quillfeather", true),
			[]string{"person:Ada Quillfeather 1", "place:Quillfeather 2"}},
		{"a town typed by more than the recognizer stays the town",
			[]*entities.Entity{person("Ada Quillfeather", nil), town("Quillfeather", false)}, town("Quillfeather", false),
			[]string{"person:Ada Quillfeather 1", "place:Quillfeather 2"}},
		{"a weak hyphenated word is the one person whose name it ends",
			[]*entities.Entity{person("Ada Quill-Feather", nil)}, word("Quill-Feather", graph.Organization, true),
			[]string{"person:Ada Quill-Feather"}},
		{"not one whose name ends in its last part only",
			[]*entities.Entity{person("Ada Feather", nil)}, word("Quill-Feather", graph.Organization, true),
			[]string{"organization:Quill-Feather", "person:Ada Feather"}},
		{"each hyphenated part capitalised once at most",
			[]*entities.Entity{person("Ada Quill-FEATHER", nil)}, word("Quill-FEATHER", graph.Organization, true),
			[]string{"organization:Quill-FEATHER", "person:Ada Quill-FEATHER"}},
		{"a lone surname is the one person of it before a generational suffix",
			[]*entities.Entity{person("Ada Quillfeather Jr", nil)}, person("Quillfeather", nil),
			[]string{"person:Ada Quillfeather Jr"}},
		{"a word far more often an organization than the person is named stays apart",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, mentioned(word("Quillfeather", graph.Organization, true), surnameShare+1),
			[]string{"organization:Quillfeather", "person:Ada Quillfeather"}},
		{"a surname repeated after the one full name is the person",
			[]*entities.Entity{person("Ada Quillfeather", nil)}, mentioned(word("Quillfeather", graph.Organization, true), surnameShare),
			[]string{"person:Ada Quillfeather"}},
		{"short words are not read as surnames",
			[]*entities.Entity{person("Ada Qux", nil)}, word("Qux", graph.Organization, true),
			[]string{"organization:Qux", "person:Ada Qux"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The word read after the people, and before them: the
			// same nodes.
			counted := strings.HasSuffix(tc.want[0], "1") || strings.HasSuffix(tc.want[0], "2") // "type:name N": N mentions
			for _, reversed := range []bool{false, true} {
				exs := []*entities.Extraction{{Entities: tc.first}, {Entities: []*entities.Entity{tc.second}}}
				if reversed {
					exs[0], exs[1] = exs[1], exs[0]
				}
				g := linkExtractions(t, exs...)
				var got []string
				for _, e := range g.Entities {
					n := string(e.Type) + ":" + e.Name
					if counted {
						n += fmt.Sprintf(" %d", e.Mentions)
					}
					got = append(got, n)
				}
				slices.Sort(got)
				if !slices.Equal(got, tc.want) {
					t.Errorf("word read last %v: nodes = %q, want %q", !reversed, got, tc.want)
				}
			}
		})
	}
}
