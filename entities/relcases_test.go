package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// relCase is one sentence of a table test of a relation rule: whether the
// relation of the test's kind from one entity to another (by name) is
// found in it.
type relCase struct {
	text, from, to string
	want           bool
}

// checkRelCases extracts each case's text and reports the cases whose
// relation of kind k is found where it should not be, or missed.
func checkRelCases(t *testing.T, k graph.Kind, cases []relCase) {
	t.Helper()
	x := New()
	for _, c := range cases {
		if got := hasRel(x.Extract(c.text), k, c.from, c.to); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.from, k, c.to, got, c.want)
		}
	}
}

// hasRel reports whether ex holds a relation of kind k from the entity
// named from to the entity named to (an event also by its head phrase
// alone, an alias beside the name that adds its complement: "talks"
// beside "talks with Peru").
func hasRel(ex *Extraction, k graph.Kind, from, to string) bool {
	for _, r := range ex.Relations {
		if r.Kind != k || ex.Entities[r.From].Name != from {
			continue
		}
		if e := ex.Entities[r.To]; e.Name == to || e.Type == graph.Event && slices.Contains(e.Aliases, to) {
			return true
		}
	}
	return false
}

// wantCase is one text of a table test and the typed relations its
// extraction must and must not hold (see checkRelations).
type wantCase struct {
	text      string
	info      ArticleInfo
	want, not []string
}

// checkWantCases extracts each case's text with x and checks its typed
// relations.
func checkWantCases(t *testing.T, x *Extractor, cases []wantCase) {
	t.Helper()
	for _, c := range cases {
		checkRelations(t, c.text, typedRelations(x.ExtractArticle(c.text, c.info)), c.want, c.not)
	}
}

// checkIngestRelCases is checkRelCases with the extractor as ingest
// builds it (parsingExtractor): the trained recognizer finds made-up
// names the rules alone do not.
func checkIngestRelCases(t *testing.T, k graph.Kind, cases []relCase) {
	t.Helper()
	x := parsingExtractor()
	for _, c := range cases {
		if got := hasRel(x.Extract(c.text), k, c.from, c.to); got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.from, k, c.to, got, c.want)
		}
	}
}
