package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// smallGold is two articles written for the test: one dev, one check.
func smallGold() *Gold {
	return &Gold{Format: Format, Articles: []Article{
		{ID: "a1", Split: Dev, Title: "Ministers meet",
			Text: "Finance Minister Ana Ruiz of Freedom Party met Bank Z chief Li Wei. Ruiz flew to Oslo and Bergen.",
			Entities: []Entity{
				{ID: "ruiz", Name: "Ana Ruiz", Type: graph.Person, Aliases: []string{"Ruiz"}},
				{ID: "fp", Name: "Freedom Party", Type: graph.Party},
				{ID: "li", Name: "Li Wei", Type: graph.Person},
				{ID: "bz", Name: "Bank Z", Type: graph.Organization},
				{ID: "oslo", Name: "Oslo", Type: graph.Place},
				{ID: "bergen", Name: "Bergen", Type: graph.Place},
				{ID: "nor", Name: "Norway", Type: graph.Country},
			},
			Relations: []Relation{
				{Kind: graph.MemberOf, Source: "ruiz", Target: "fp", Evidence: "Ana Ruiz of Freedom Party"},
				{Kind: graph.Leads, Source: "li", Target: "bz", Role: "chief", Evidence: "Bank Z chief Li Wei"},
				{Kind: graph.Visits, Source: "ruiz", Target: "oslo", Evidence: "Ruiz flew to Oslo and Bergen."},
				{Kind: graph.Visits, Source: "ruiz", Target: "bergen", Evidence: "Ruiz flew to Oslo and Bergen."},
				{Kind: graph.HoldsRole, Source: "ruiz", Target: "nor", Role: "finance minister", Uncertain: true, Evidence: "Finance Minister Ana Ruiz"},
			}},
		{ID: "a2", Split: Check, Title: "Coach named",
			Text: "Tom Berg, coach of United, said the club would win.",
			Entities: []Entity{
				{ID: "tb", Name: "Tom Berg", Type: graph.Person, Aliases: []string{"Berg"}},
				{ID: "un", Name: "United", Type: graph.Organization, Aliases: []string{"the club"}},
			},
			Relations: []Relation{
				{Kind: graph.AffiliatedWith, Source: "tb", Target: "un", Evidence: "Tom Berg, coach of United"},
			}},
	}}
}

// smallGraph is what a pipeline might have made of smallGold's articles,
// plus an article the gold does not hold.
func smallGraph() *graph.Graph {
	ev := func(art, s string) []graph.Evidence { return []graph.Evidence{{Article: art, Sentence: s}} }
	g := &graph.Graph{
		Articles: []graph.Article{
			{ID: "h1", Ref: "a1", Title: "Ministers meet"},
			{ID: "h2", Title: "Coach named"}, // found by title
			{ID: "h3", Ref: "other", Title: "Elsewhere"},
		},
		Entities: []graph.Entity{
			{ID: 1, Name: "Ana Ruiz", Type: graph.Person},
			{ID: 2, Name: "Freedom party", Type: graph.Party},
			{ID: 3, Name: "Li Wei", Type: graph.Person},
			{ID: 4, Name: "Bank-Z", Type: graph.Organization},
			{ID: 5, Name: "Oslo", Type: graph.Place},
			{ID: 6, Name: "Norway", Type: graph.Country},
			{ID: 7, Name: "Berg", Type: graph.Person, Aliases: []string{"Tom Berg"}},
			{ID: 8, Name: "United", Type: graph.Organization},
			{ID: 9, Name: "Coach", Type: graph.Person},
		},
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.Leads, Attrs: map[string]string{"role": "leader"}, Evidence: ev("h1", "Ana Ruiz of Freedom Party")}, // wrong kind: loose TP
			{Source: 3, Target: 4, Kind: graph.Leads, Attrs: map[string]string{"role": "Chiefs"}, Evidence: ev("h1", "Bank Z chief Li Wei")},       // TP, role agrees
			{Source: 1, Target: 5, Kind: graph.Visits, Evidence: ev("h1", "Ruiz flew to Oslo")},                                                    // TP
			{Source: 1, Target: 6, Kind: graph.HoldsRole, Evidence: ev("h1", "Finance Minister Ana Ruiz")},                                         // uncertain: ignored
			{Source: 1, Target: 6, Kind: graph.Leads, Evidence: ev("h1", "Finance Minister Ana Ruiz")},                                             // other kind, same pair as the uncertain one: ignored
			{Source: 5, Target: 1, Kind: graph.Visits, Evidence: ev("h1", "Ruiz flew to Oslo")},                                                    // reversed: FP
			{Source: 7, Target: 8, Kind: graph.AffiliatedWith, Evidence: ev("h2", "Tom Berg, coach of United")},                                    // TP via alias
			{Source: 9, Target: 8, Kind: graph.AffiliatedWith, Evidence: ev("h2", "coach of United")},                                              // FP, unknown entity
			{Source: 7, Target: 8, Kind: graph.CoMention, Evidence: ev("h2", "Tom Berg, coach of United")},                                         // not a typed kind
			{Source: 3, Target: 4, Kind: graph.MemberOf, Evidence: ev("h3", "Li Wei of Bank Z")},                                                   // other article
		},
	}
	g.Sort()
	return g
}

func TestScore(t *testing.T) {
	gold, g := smallGold(), smallGraph()
	if errs := gold.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	arts := ArticleMap(gold, g)
	if len(arts) != 2 || arts["h1"] != "a1" || arts["h2"] != "a2" {
		t.Fatalf("ArticleMap = %v", arts)
	}
	rep := Score(gold, g, arts, "small.json")
	all := rep.Table("strict", "all").Total
	if all.Gold != 5 || all.Predicted != 6 || all.Correct != 3 {
		t.Errorf("strict total = %+v, want gold 5, predicted 6, correct 3", all)
	}
	loose := rep.Table("loose", "all").Total
	if loose.Gold != 5 || loose.Predicted != 6 || loose.Correct != 4 {
		t.Errorf("loose total = %+v, want gold 5, predicted 6, correct 4", loose)
	}
	if dev := rep.Table("strict", Dev); dev.Ignored != 2 || dev.RoleChecked != 1 || dev.RoleAgree != 1 {
		t.Errorf("dev table = %+v, want 2 ignored, 1 role checked and agreeing", dev)
	}
	var text bytes.Buffer
	if err := WriteText(&text, rep, true, true); err != nil {
		t.Fatal(err)
	}
	golden(t, "small.txt", text.Bytes())
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "small.json", append(js, '\n'))
}

// TestScoreEmpty checks that an empty graph scores zero without dividing
// by zero and names every article as missing.
func TestScoreEmpty(t *testing.T) {
	gold := smallGold()
	rep := Score(gold, &graph.Graph{}, nil, "small.json")
	if rep.Found != 0 || len(rep.Missing) != 2 {
		t.Errorf("found %d, missing %v", rep.Found, rep.Missing)
	}
	if c := rep.Table("strict", "all").Total; c.Precision != 0 || c.Recall != 0 || c.Gold != 5 {
		t.Errorf("total = %+v", c)
	}
}

func TestKeyOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bhutto-Zardari", "bhutto zardari"},
		{"  The  White House ", "white house"},
		{"U.S.", "u s"},
		{"Reagan's", "reagan"},
		{"D'Amuro", "damuro"},
		{"Ministry of Finance", "ministry of finance"},
		{"Théodore", "théodore"},
		{"---", ""},
	} {
		if got := keyOf(c.in); got != c.want {
			t.Errorf("keyOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSameRole(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"foreign minister", "Foreign Ministers", true},
		{"chairman", "Chairman", true},
		{"deputy leader", "leader", false},
		{"", "", false},
	} {
		if got := sameRole(c.a, c.b); got != c.want {
			t.Errorf("sameRole(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestLoadGoldErrors(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	os.WriteFile(corpus, []byte(`{"id": 7, "title": "T", "body": "Mr A of the B Party spoke."}`+"\n"+
		`{"title": "U", "id": "9", "text": "Id not first."}`+"\n"), 0o644)
	for _, c := range []struct{ name, gold, want string }{
		{"not json", `{`, "not a relation gold file"},
		{"format", `{"format": "x", "articles": []}`, `format is "x"`},
		{"unknown entity", `{"format": "` + Format + `", "articles": [{"id": "a", "text": "x y", "entities": [], "relations": [{"kind": "leads", "source": "p", "target": "q", "evidence": "x"}]}]}`, `unknown entity "p"`},
		{"kind", `{"format": "` + Format + `", "articles": [{"id": "a", "text": "x", "entities": [{"id": "p", "name": "P", "type": "person"}], "relations": [{"kind": "co_mention", "source": "p", "target": "p"}]}]}`, `kind "co_mention" is not annotated`},
		{"evidence", `{"format": "` + Format + `", "articles": [{"id": "a", "text": "x", "entities": [{"id": "p", "name": "P", "type": "person"}], "relations": [{"kind": "leads", "source": "p", "target": "p", "evidence": "nowhere"}]}]}`, "evidence not in the text"},
		{"type", `{"format": "` + Format + `", "articles": [{"id": "a", "text": "x", "entities": [{"id": "p", "name": "P", "type": "robot"}], "relations": []}]}`, `unknown type "robot"`},
		{"group", `{"format": "` + Format + `", "articles": [{"id": "a", "text": "x", "entities": [{"id": "p", "name": "P", "type": "person", "group": true}], "relations": []}]}`, "a group must have type organization"},
		{"same text", `{"format": "` + Format + `", "articles": [{"id": "a", "text": "x  y", "entities": [], "relations": []}, {"id": "b", "text": "x y", "entities": [], "relations": []}]}`, `same text as article "a"`},
		{"split", `{"format": "` + Format + `", "articles": [{"id": "a", "split": "test", "text": "x", "entities": [], "relations": []}]}`, `split "test"`},
		{"missing record", `{"format": "` + Format + `", "articles": [{"id": "a", "corpus": "corpus.jsonl", "corpus_id": "8", "entities": [], "relations": []}]}`, "no record with id"},
		{"corpus path", `{"format": "` + Format + `", "articles": [{"id": "a", "corpus": "../corpus.jsonl", "corpus_id": "7", "entities": [], "relations": []}]}`, "must be a file name"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "gold.json")
			os.WriteFile(path, []byte(c.gold), 0o644)
			_, err := LoadGold(path, dir)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want one naming %s and containing %q", err, path, c.want)
			}
		})
	}
	t.Run("corpus record", func(t *testing.T) {
		path := filepath.Join(dir, "gold.json")
		os.WriteFile(path, []byte(`{"format": "`+Format+`", "articles": [{"id": "a", "corpus": "corpus.jsonl", "corpus_id": "7", "entities": [{"id": "p", "name": "A", "type": "person"}, {"id": "b", "name": "B Party", "type": "party"}], "relations": [{"kind": "member_of", "source": "p", "target": "b", "evidence": "Mr A of the B Party"}]}]}`), 0o644)
		g, err := LoadGold(path, dir)
		if err != nil {
			t.Fatal(err)
		}
		a := g.Articles[0]
		rec := a.IngestRecord()
		if a.Text != "Mr A of the B Party spoke." || a.Title != "T" || rec["id"] != "a" || rec["body"] != a.Text {
			t.Errorf("article %+v, ingest record %v", a, rec)
		}
		os.WriteFile(path, []byte(`{"format": "`+Format+`", "articles": [{"id": "b", "corpus": "corpus.jsonl", "corpus_id": "9", "entities": [], "relations": []}]}`), 0o644)
		if g, err := LoadGold(path, dir); err != nil || g.Articles[0].Text != "Id not first." {
			t.Errorf("record with a later id: %v, %+v", err, g)
		}
	})
}

// TestScoreDuplicateArticles checks that a gold article whose text the
// graph stores once, under its twin's reference (the same words, a wire
// sign-off and spacing aside), is scored against that graph article rather
// than reported missing with every relation a miss; an article with other
// words stays missing.
func TestScoreDuplicateArticles(t *testing.T) {
	article := func(id, text string) Article {
		return Article{ID: id, Text: text,
			Entities:  []Entity{{ID: "lee", Name: "Ann Lee", Type: graph.Person}, {ID: "acme", Name: "Acme", Type: graph.Organization}},
			Relations: []Relation{{Kind: graph.Leads, Source: "lee", Target: "acme", Evidence: "Acme chief executive Ann Lee"}},
		}
	}
	gold := &Gold{Format: Format, Articles: []Article{
		article("first", "Acme chief executive Ann Lee said so.  REUTER"),
		article("refiled", "Acme chief executive Ann Lee said so.\n Reuter"),
		article("other", "Acme chief executive Ann Lee said so again."),
	}}
	g := &graph.Graph{
		Articles:  []graph.Article{{ID: "x1", Ref: "first"}},
		Entities:  []graph.Entity{{ID: 1, Name: "Ann Lee", Type: graph.Person}, {ID: 2, Name: "Acme", Type: graph.Organization}},
		Relations: []graph.Relation{{Source: 1, Target: 2, Kind: graph.Leads, Evidence: []graph.Evidence{{Article: "x1"}}}},
	}
	rep := Score(gold, g, ArticleMap(gold, g), "dups")
	if rep.Found != 2 || len(rep.Missing) != 1 || rep.Missing[0] != "other" {
		t.Errorf("found %d, missing %v; want 2 found, [other] missing", rep.Found, rep.Missing)
	}
	if tot := rep.Table("strict", "all").Total; tot.Correct != 2 || tot.Gold != 3 {
		t.Errorf("strict total %d correct of %d gold; want 2 of 3", tot.Correct, tot.Gold)
	}
}
