package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// cannedArticle is an article of TestBatchBoundaries: its title, how many
// bytes of text it has at least, and the entities its canned extraction
// holds, each named at the start of the text.
type cannedArticle struct {
	title string
	size  int
	ents  []*entities.Entity
}

// TestBatchBoundaries ingests the same articles in batches of every size
// that makes other boundaries, fixed (Options.FixedBatches), and checks
// that each gives the graph of one article a transaction, in input order:
// where batches end depends on timing. Three of the articles of padding
// are enough text that a batch holding them is too big for one
// transaction (store.ErrTxnTooBig), which the writer commits again one
// article at a time: an article linked twice must be linked alike (a
// weakly typed "Quillby" read as one of two sports' teams, and a bare
// acronym read as its party, once were not). The extractions are canned
// (made-up names): the test is about linking and batching, not reading.
func TestBatchBoundaries(t *testing.T) {
	team := func(sport string) *entities.Entity {
		e := word("Quillby", graph.Organization, false)
		e.Attrs = map[string]string{"sport": sport}
		return e
	}
	party := word("Quillish Democratic Party", graph.Party, false)
	party.Acronyms = []string{"QDP"}
	pad := func(n int) cannedArticle {
		return cannedArticle{fmt.Sprintf("pad %d", n), 900 << 10, []*entities.Entity{word("Harwick Holdings", graph.Organization, false)}}
	}
	arts := []cannedArticle{
		{"congress", 0, []*entities.Entity{party, person("Ada Quillfeather", nil)}},
		{"football", 0, []*entities.Entity{team("football"), person("Ada Quillfeather", nil)}},
		{"rugby", 0, []*entities.Entity{team("rugby")}},
		pad(1), pad(2),
		{"statement", 0, []*entities.Entity{word("Quillby", graph.Person, true), word("Harwick Holdings", graph.Organization, false)}},
		{"vote", 0, []*entities.Entity{word("QDP", graph.Organization, false), person("Quillfeather", nil)}},
		pad(3), pad(4),
	}
	in, extract := cannedInput(t, arts)
	dir := t.TempDir()
	opts := Options{Workers: 2, FixedBatches: true, extract: extract, Extractor: func() *entities.Extractor { return entities.New() }}
	run := func(name string, batch int) []byte {
		opts.BatchArticles = batch
		db := filepath.Join(dir, name)
		if sum, _ := pipelineIngest(t, context.Background(), db, opts, nil, in); sum.Added != len(arts) || len(sum.Failed) > 0 {
			t.Fatalf("%s: %+v; want %d articles added", name, sum, len(arts))
		}
		return ingesttest.GraphJSON(t, db)
	}
	want := run("serial", 1)
	for _, batch := range []int{2, 3, 4, 5, 8, len(arts)} {
		ingesttest.SameGraph(t, fmt.Sprintf("batches of %d", batch), want, run(fmt.Sprint(batch), batch))
	}
}

// cannedInput writes arts as a JSON lines file and returns its path and
// the canned extraction of each article, by title: each entity is named
// once, at the start of the text, all in one sentence.
func cannedInput(t *testing.T, arts []cannedArticle) (string, func(*article.Article) *entities.Extraction) {
	t.Helper()
	var lines []string
	byTitle := map[string][]*entities.Entity{}
	for _, a := range arts {
		var names []string
		for _, e := range a.ents {
			names = append(names, e.Name)
		}
		var text strings.Builder
		fmt.Fprintf(&text, "%s met in %s.", strings.Join(names, " and "), a.title)
		for text.Len() < a.size {
			fmt.Fprintf(&text, " The market was quiet on day %d.", text.Len())
		}
		b, err := json.Marshal(map[string]string{"title": a.title, "text": text.String()})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
		byTitle[a.title] = a.ents
	}
	path := filepath.Join(t.TempDir(), "articles.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, func(a *article.Article) *entities.Extraction {
		ex := &entities.Extraction{}
		at := 0
		sentence := graph.Span{Start: 0, End: strings.Index(a.Text, ".") + 1}
		for i, e := range byTitle[a.Title] {
			c := *e // each run its own copy, as a fresh extraction
			c.Mentions = []graph.Span{{Start: at, End: at + len(e.Name)}}
			at += len(e.Name) + len(" and ")
			ex.Entities = append(ex.Entities, &c)
			for j := range i {
				ex.Relations = append(ex.Relations, entities.Relation{From: j, To: i, Kind: graph.CoMention, Sentences: []graph.Span{sentence}})
			}
		}
		return ex
	}
}
