package names

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// form is a name or alias in gazetteer.Key form, with its words and its
// length in runes, computed once.
type form struct {
	key   string
	words []string
	runes int
}

func newForm(s string) form {
	k := gazetteer.Key(s)
	return form{key: k, words: strings.Fields(k), runes: utf8.RuneCountInString(k)}
}

// entityForms returns the forms of an entity's name and aliases, name first.
func entityForms(e *graph.Entity) []form {
	fs := make([]form, 0, 1+len(e.Aliases))
	fs = append(fs, newForm(e.Name))
	for _, a := range e.Aliases {
		fs = append(fs, newForm(a))
	}
	return fs
}

// Index holds the folded forms of a graph's names and aliases, so that
// resolving a name does not fold every name of the graph again. Build one
// per loaded graph with NewIndex; it must be rebuilt when the graph's
// entities change. It is safe for concurrent use.
//
// The names are folded on the first query that needs them (an exact name
// or "#ID" does not), so a command that resolves one exact name pays
// nothing; a server calls Fold when it loads a graph, so no query pays.
type Index struct {
	g    *graph.Graph
	once sync.Once
	// forms holds, per position in g.Entities, its name's and aliases' forms.
	forms [][]form
	// byKey and byWord map a form's key and a form's word to the
	// positions of the entities that have it, ascending, each once.
	byKey  map[string][]int32
	byWord map[string][]int32
	// keys and words are the keys of byKey and byWord, sorted, for
	// prefix lookups.
	keys, words []string
}

// NewIndex returns an index of the names and aliases of g's entities.
func NewIndex(g *graph.Graph) *Index { return &Index{g: g} }

// Fold folds and indexes the names now rather than on the first query
// that needs them, and returns ix.
func (ix *Index) Fold() *Index {
	ix.once.Do(ix.build)
	return ix
}

func (ix *Index) build() {
	g := ix.g
	ix.forms = make([][]form, len(g.Entities))
	ix.byKey = make(map[string][]int32, len(g.Entities))
	ix.byWord = make(map[string][]int32, len(g.Entities))
	add := func(m map[string][]int32, s string, i int32) {
		if l := m[s]; len(l) == 0 || l[len(l)-1] != i {
			m[s] = append(l, i)
		}
	}
	for i := range g.Entities {
		p := int32(i)
		ix.forms[i] = entityForms(&g.Entities[i])
		for _, f := range ix.forms[i] {
			add(ix.byKey, f.key, p)
			for _, w := range f.words {
				add(ix.byWord, w, p)
			}
		}
	}
	ix.keys = slices.Sorted(maps.Keys(ix.byKey))
	ix.words = slices.Sorted(maps.Keys(ix.byWord))
}

// Graph returns the graph the index was built from.
func (ix *Index) Graph() *graph.Graph { return ix.g }

// withPrefix calls f with each string of the sorted list that starts with p.
func withPrefix(sorted []string, p string, f func(string)) {
	for i := sort.SearchStrings(sorted, p); i < len(sorted) && strings.HasPrefix(sorted[i], p); i++ {
		f(sorted[i])
	}
}

// sortedPositions returns the marked positions, ascending (graph order).
func sortedPositions(marked map[int32]bool) []int32 {
	ps := make([]int32, 0, len(marked))
	for p := range marked {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return ps
}

func (ix *Index) list(ps []int32) []*graph.Entity {
	var out []*graph.Entity
	for _, p := range ps {
		out = append(out, &ix.g.Entities[p])
	}
	return out
}

// exactly compares names as written, which needs no folding.
func (ix *Index) exactly(name string) []*graph.Entity { return scan{ix.g}.exactly(name) }

func (ix *Index) folded(key string) []*graph.Entity { return ix.Fold().list(ix.byKey[key]) }

// tokens gathers the entities that may token-match a key (those with a
// form starting with it, or with a word that is, or starts with, its
// first word) and keeps those that do.
func (ix *Index) tokens(keys []form) []*graph.Entity {
	ix.Fold()
	cand := map[int32]bool{}
	mark := func(s string, m map[string][]int32) {
		for _, p := range m[s] {
			cand[p] = true
		}
	}
	for _, k := range keys {
		if len(k.key) >= 3 {
			withPrefix(ix.keys, k.key, func(s string) { mark(s, ix.byKey) })
		}
		qw := k.words
		if len(qw) == 0 {
			continue
		}
		if len(qw) == 1 && len(qw[0]) >= 3 {
			withPrefix(ix.words, qw[0], func(s string) { mark(s, ix.byWord) })
		} else {
			mark(qw[0], ix.byWord)
		}
	}
	var out []*graph.Entity
	for _, p := range sortedPositions(cand) {
		if anyForm(ix.forms[p], keys, tokenMatch) {
			out = append(out, &ix.g.Entities[p])
		}
	}
	return out
}

func (ix *Index) fuzzy(keys []form) []*graph.Entity {
	ix.Fold()
	var out []*graph.Entity
	for i := range ix.g.Entities {
		if anyForm(ix.forms[i], keys, fuzzyMatch) {
			out = append(out, &ix.g.Entities[i])
		}
	}
	return out
}

func (ix *Index) each(f func(e *graph.Entity, forms []form)) {
	ix.Fold()
	for i := range ix.g.Entities {
		f(&ix.g.Entities[i], ix.forms[i])
	}
}
