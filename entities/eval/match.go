package eval

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// keyOf is the matching key of a name: case-folded, possessive "'s" and a
// leading "the" dropped, every run of characters other than letters and
// digits one space ("Bhutto-Zardari" and "Bhutto Zardari" agree; so do
// "U.S." and "U S", which "US" does not: give it as an alias).
func keyOf(name string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r == '’':
			r = '\''
			fallthrough
		case r == '\'':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	k := b.String()
	k = strings.TrimPrefix(k, "the ")
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(name)), "'s") || strings.HasSuffix(strings.ToLower(strings.TrimSpace(name)), "’s") {
		k = strings.TrimSuffix(k, "s")
	}
	return k
}

// entityKeys returns the keys of every surface form of a gold entity.
func entityKeys(e *Entity) []string {
	keys := []string{keyOf(e.Name)}
	for _, a := range e.Aliases {
		if k := keyOf(a); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// matcher maps the graph entities an article mentions to its gold
// entities.
type matcher struct {
	byName  map[string]string // key of a gold name → gold entity ID
	byAlias map[string]string // key of a gold alias → gold entity ID ("" when two entities share it)
	cache   map[graph.ID]string
	g       *graph.Graph
}

func newMatcher(a *Article, g *graph.Graph) *matcher {
	m := &matcher{byName: map[string]string{}, byAlias: map[string]string{}, cache: map[graph.ID]string{}, g: g}
	for i := range a.Entities {
		e := &a.Entities[i]
		if k := keyOf(e.Name); k != "" {
			if _, dup := m.byName[k]; !dup {
				m.byName[k] = e.ID
			}
		}
		for _, k := range entityKeys(e)[1:] {
			if id, dup := m.byAlias[k]; dup && id != e.ID {
				m.byAlias[k] = ""
				continue
			}
			m.byAlias[k] = e.ID
		}
	}
	return m
}

// gold returns the gold entity a graph entity is, or "" when none: the
// first surface form of the graph entity (its name, then its aliases in
// order) that is a gold name decides; failing that, the first that is an
// unambiguous gold alias.
func (m *matcher) gold(id graph.ID) string {
	if g, ok := m.cache[id]; ok {
		return g
	}
	e := m.g.Entity(id)
	var found string
	if e != nil {
		forms := append([]string{e.Name}, e.Aliases...)
		for _, f := range forms {
			if g := m.byName[keyOf(f)]; g != "" {
				found = g
				break
			}
		}
		for _, f := range forms {
			if found != "" {
				break
			}
			found = m.byAlias[keyOf(f)]
		}
	}
	m.cache[id] = found
	return found
}
