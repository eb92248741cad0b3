package entities_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// The seed articles are read from ../shared (they are not ours to commit);
// testdata/seeds_gold.json is our annotation of them.

type goldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

type gold struct {
	Articles  map[string][]goldEntity `json:"articles"`
	MemberOf  [][2]string             `json:"member_of"`
	Furniture []string                `json:"furniture"`
}

func (g goldEntity) keys() []string {
	ks := []string{gazetteer.Key(g.Name)}
	for _, a := range g.Aliases {
		ks = append(ks, gazetteer.Key(a))
	}
	return ks
}

// sharedDir returns ../shared beside the repository root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus", "seeds")); err != nil {
		t.Skipf("skipping: %s not found (the seed articles live in ../shared beside the repository)", filepath.Join(shared, "corpus", "seeds"))
	}
	return shared
}

func loadGold(t *testing.T) gold {
	b, err := os.ReadFile("testdata/seeds_gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

func readSeed(t *testing.T, path string) *article.Article {
	t.Helper()
	for a, err := range article.ReadFile(path) {
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	t.Fatalf("%s: no article", path)
	return nil
}

// matches reports whether an extracted entity is the gold one.
func matches(name string, aliases []string, typ graph.Type, g goldEntity) bool {
	if string(typ) != g.Type {
		return false
	}
	gk := g.keys()
	if slices.Contains(gk, gazetteer.Key(name)) {
		return true
	}
	for _, a := range aliases {
		if slices.Contains(gk, gazetteer.Key(a)) {
			return true
		}
	}
	return false
}

// TestSeedArticles measures entity recall and precision on each seed
// article against the annotation, and requires the foundation targets:
// at least 80% of the story's entities found with the right type, at least
// 80% of the entities found real, and no page-furniture names.
func TestSeedArticles(t *testing.T) {
	shared := sharedDir(t)
	gd := loadGold(t)
	x := entities.New()
	var found, wanted, real, reported int
	names := make([]string, 0, len(gd.Articles))
	for n := range gd.Articles {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		want := gd.Articles[name]
		a := readSeed(t, filepath.Join(shared, "corpus", "seeds", name))
		ex := x.Extract(a.Text)
		var got []*entities.Entity
		for _, e := range ex.Entities {
			if len(e.Mentions) > 0 {
				got = append(got, e)
			}
		}
		for _, g := range want {
			hit := slices.ContainsFunc(got, func(e *entities.Entity) bool { return matches(e.Name, e.Aliases, e.Type, g) })
			if g.Optional {
				continue
			}
			wanted++
			if hit {
				found++
			} else {
				t.Logf("%s: missed %s (%s)", name, g.Name, g.Type)
			}
		}
		for _, e := range got {
			reported++
			if slices.ContainsFunc(want, func(g goldEntity) bool { return matches(e.Name, e.Aliases, e.Type, g) }) {
				real++
			} else {
				t.Logf("%s: not in the annotation: %s (%s) %q", name, e.Name, e.Type, e.Aliases)
			}
			for _, f := range gd.Furniture {
				if slices.Contains(append(e.Aliases, e.Name), f) {
					t.Errorf("%s: page furniture extracted as an entity: %q", name, f)
				}
			}
		}
	}
	recall := float64(found) / float64(wanted)
	precision := float64(real) / float64(reported)
	t.Logf("seed articles: recall %.3f (%d/%d), precision %.3f (%d/%d)", recall, found, wanted, precision, real, reported)
	if recall < 0.80 {
		t.Errorf("recall %.3f < 0.80", recall)
	}
	if precision < 0.80 {
		t.Errorf("precision %.3f < 0.80", precision)
	}
}

// TestSeedGraph ingests the seeds into a store and checks the graph: each
// annotated person is one node across all articles, and the stated
// memberships are edges, with no other membership edge.
func TestSeedGraph(t *testing.T) {
	shared := sharedDir(t)
	gd := loadGold(t)
	s, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x := entities.New()
	paths, _ := filepath.Glob(filepath.Join(shared, "corpus", "seeds", "*.txt"))
	for _, p := range paths {
		a := readSeed(t, p)
		id := article.ID(a.Text)
		ex := x.Extract(a.Text)
		err := s.Update(func(tx *store.Txn) error {
			if err := tx.PutArticle(&graph.Article{ID: id, Title: a.Title}, a.Text, id); err != nil {
				return err
			}
			_, err := ingest.Link(tx, id, ex)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// Ingest ends with the joins that depend on the whole store.
	if _, err := ingest.Resolve(s); err != nil {
		t.Fatal(err)
	}
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Every annotated person is exactly one node.
	people := map[string]goldEntity{}
	for _, list := range gd.Articles {
		for _, e := range list {
			if e.Type == "person" && !e.Optional {
				p := people[e.Name]
				p.Name, p.Type = e.Name, e.Type
				p.Aliases = append(p.Aliases, e.Aliases...)
				people[e.Name] = p
			}
		}
	}
	for _, p := range people {
		var nodes []string
		for _, e := range g.Entities {
			if matches(e.Name, e.Aliases, e.Type, p) {
				nodes = append(nodes, e.Name)
			}
		}
		if len(nodes) != 1 {
			t.Errorf("person %s is %d nodes: %q", p.Name, len(nodes), nodes)
		}
	}
	// Memberships.
	byName := map[string]goldEntity{}
	for _, list := range gd.Articles {
		for _, e := range list {
			byName[e.Name] = e
		}
	}
	right := 0
	for _, r := range g.Relations {
		if r.Kind != graph.MemberOf {
			continue
		}
		pe, qe := g.Entity(r.Source), g.Entity(r.Target)
		ok := false
		for _, m := range gd.MemberOf {
			if matches(pe.Name, pe.Aliases, pe.Type, byName[m[0]]) && matches(qe.Name, qe.Aliases, qe.Type, byName[m[1]]) {
				ok = true
			}
		}
		if ok {
			right++
		} else {
			t.Errorf("wrong member_of: %s → %s", pe.Name, qe.Name)
		}
	}
	t.Logf("member_of: %d of %d stated memberships found", right, len(gd.MemberOf))
	if right < len(gd.MemberOf)-1 {
		t.Errorf("found %d of %d stated memberships", right, len(gd.MemberOf))
	}
}
