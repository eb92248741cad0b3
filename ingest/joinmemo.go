package ingest

// This file holds the memo of what joins works out from names alone,
// kept across the rounds of Resolve's joins (resolve.go).

import (
	"maps"
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// joinMemo keeps, across joinAll's rounds (most of whose entities stay as
// they were), what joins works out from names alone: a name's key, words
// and short forms, and an entity's canonical name until its names change
// (joinAll deletes it then).
type joinMemo struct {
	keys    map[string]string
	words   map[string][]string
	shorts  map[string][]string
	forms   map[string][]string
	canon   map[graph.ID]string
	letters map[string]string // acronymLetters
	inits   map[string]string // initials
}

// newJoinMemo returns an empty memo, sized for n entities.
func newJoinMemo(n int) *joinMemo {
	return &joinMemo{keys: make(map[string]string, 2*n), words: make(map[string][]string, n), shorts: make(map[string][]string, n), forms: make(map[string][]string, n), canon: make(map[graph.ID]string, n), letters: make(map[string]string, n), inits: make(map[string]string, n)}
}

// takeIn adds what other worked out to m (the same functions of the
// same names).
func (m *joinMemo) takeIn(other *joinMemo) {
	maps.Copy(m.keys, other.keys)
	maps.Copy(m.words, other.words)
	maps.Copy(m.shorts, other.shorts)
	maps.Copy(m.forms, other.forms)
	maps.Copy(m.canon, other.canon)
	maps.Copy(m.letters, other.letters)
	maps.Copy(m.inits, other.inits)
}

// key is gazetteer.Key(name).
func (m *joinMemo) key(name string) string {
	k, ok := m.keys[name]
	if !ok {
		k = gazetteer.Key(name)
		m.keys[name] = k
	}
	return k
}

// storedWords is storedWords(name); the slice is shared: not to be changed.
func (m *joinMemo) storedWords(name string) []string {
	w, ok := m.words[name]
	if !ok {
		w = storedWords(name)
		m.words[name] = w
	}
	return w
}

// shortForms is shortForms(gz, gazetteer.Key(name)); the slice is shared.
func (m *joinMemo) shortForms(gz *gazetteer.Gazetteer, name string) []string {
	s, ok := m.shorts[name]
	if !ok {
		s = shortForms(gz, m.key(name))
		if p := possessiveShortForm(name); p != "" {
			s = append(slices.Clip(s), p)
		}
		m.shorts[name] = s
	}
	return s
}

// variantForms is variantForms(gazetteer.Key(name)); the slice is shared.
func (m *joinMemo) variantForms(name string) []string {
	f, ok := m.forms[name]
	if !ok {
		f = variantForms(m.key(name))
		m.forms[name] = f
	}
	return f
}

// canonicalName is canonicalName(e, nil).
func (m *joinMemo) canonicalName(e *graph.Entity) string {
	n, ok := m.canon[e.ID]
	if !ok {
		n = canonicalName(e, nil)
		m.canon[e.ID] = n
	}
	return n
}
