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
	"github.com/newsgraph/newsgraph/graph/store"
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
// article at a time when it is made to batch them (the writer's own
// estimate ends batches before that; checked too): an article linked
// twice must be linked alike (a
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
	// unbounded lifts the writer's estimate of what a transaction holds
	// (txnbudget.go), so that only BatchArticles ends a batch, as it
	// did before the estimate: batches of 8 or more then hold three
	// articles of padding and are too big for one transaction.
	unbounded := store.TxnLimits{Entries: 1 << 40, Bytes: 1 << 40}
	run := func(name string, batch int, limits store.TxnLimits) ([]byte, int) {
		opts.BatchArticles, opts.txnLimits = batch, limits
		db := filepath.Join(dir, name)
		sum, _ := pipelineIngest(t, context.Background(), db, opts, nil, in)
		if sum.Added != len(arts) || len(sum.Failed) > 0 {
			t.Fatalf("%s: %+v; want %d articles added", name, sum, len(arts))
		}
		return ingesttest.GraphJSON(t, db), sum.Retried
	}
	want, _ := run("serial", 1, store.TxnLimits{})
	tests := []struct {
		batch   int
		limits  store.TxnLimits
		retried bool // some batch is committed again article by article
	}{
		{2, unbounded, false}, {3, unbounded, false}, {4, unbounded, false}, {5, unbounded, false},
		{8, unbounded, true}, {len(arts), unbounded, true},
		// The store's own limits: the writer ends batches before they
		// are too big, and nothing is linked twice.
		{8, store.TxnLimits{}, false}, {len(arts), store.TxnLimits{}, false},
	}
	for _, tc := range tests {
		name := fmt.Sprintf("batches of %d, limits %+v", tc.batch, tc.limits)
		got, retried := run(fmt.Sprint(tc.batch, tc.limits.Entries), tc.batch, tc.limits)
		if (retried > 0) != tc.retried {
			t.Errorf("%s: %d batches retried; want retries %v", name, retried, tc.retried)
		}
		ingesttest.SameGraph(t, name, want, got)
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
