package entities

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/syntax"
	"github.com/newsgraph/newsgraph/entities/syntax/embedded"
)

// TestParseGate extracts news articles with parseCanAdd on and off: it
// must parse fewer sentences and change nothing in the extractions.
func TestParseGate(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "corpus", "bbc_news.jsonl")
	var texts []string
	for a, err := range article.ReadFile(path) {
		if err != nil {
			t.Skipf("no BBC corpus at %s: %v", path, err)
		}
		if texts = append(texts, a.Text); len(texts) == 300 {
			break
		}
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()), WithStageBefore(StageRelations, RelationSyntaxStage(embedded.Parser())))
	run := func(gate bool) (exs []*Extraction, parsed int) {
		parseGate = gate
		defer func() { parseGate = true }()
		for _, text := range texts {
			d := x.Run(&Document{Text: text}, ArticleInfo{})
			exs = append(exs, d.Extraction)
			for _, tr := range d.Trees {
				if tr != nil {
					parsed++
				}
			}
		}
		return exs, parsed
	}
	all, nAll := run(false)
	gated, nGated := run(true)
	t.Logf("%d articles: %d sentences parsed without the gate, %d with it", len(texts), nAll, nGated)
	if nGated >= nAll {
		t.Errorf("the gate parsed %d sentences, %d without it", nGated, nAll)
	}
	for i := range all {
		if !reflect.DeepEqual(all[i], gated[i]) {
			t.Errorf("article %d: relations %q without the gate, %q with it", i, typedRelations(all[i]), typedRelations(gated[i]))
		}
	}
}

// TestPlainWord checks plainWord against the parser's own splitting: a
// plain word is one tree token, the same word.
func TestPlainWord(t *testing.T) {
	for _, w := range []string{"chairman", "Of", "LED", "cannot", "Gonna", "co-chair", "didn't", "Zorvath's", "1987", "G7", "naïve", ""} {
		toks := syntax.Retokenize(w, []syntax.Token{{Form: w, Start: 0, End: len(w)}})
		one := len(toks) == 1 && toks[0].Form == w
		if plainWord(w, strings.ToLower(w)) && !one {
			t.Errorf("plainWord(%q), but the parser reads %v", w, toks)
		}
	}
	if !plainWord("Chairman", "chairman") || plainWord("cannot", "cannot") {
		t.Error("plainWord misreads Chairman or cannot")
	}
}
