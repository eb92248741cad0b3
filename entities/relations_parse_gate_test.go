package entities

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/syntax"
)

// TestParseGate extracts news articles with parseCanAdd on and off: it
// must parse fewer sentences and change nothing in the extractions.
func TestParseGate(t *testing.T) {
	arts := bbcArticles(t, 300)
	x := parsingExtractor()
	run := func(gate bool) (exs []*Extraction, parsed int) {
		parseGate = gate
		defer func() { parseGate = true }()
		for _, a := range arts {
			d := x.Run(&Document{Text: a.Text}, ArticleInfo{Date: a.Date, Place: a.Place})
			exs = append(exs, d.Extraction)
			parsed += treesMade(d)
		}
		return exs, parsed
	}
	all, nAll := run(false)
	gated, nGated := run(true)
	t.Logf("%d articles: %d sentences parsed without the gate, %d with it", len(arts), nAll, nGated)
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
