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
	byName  map[string]string          // key of a gold name → gold entity ID
	byAlias map[string]string          // key of a gold alias → gold entity ID ("" when two entities share it)
	byHead  map[string]string          // head noun of a gold event → gold event ID ("" when two events share it)
	words   map[string]map[string]bool // gold event ID → the words of its name and aliases
	cache   map[graph.ID]string
	g       *graph.Graph
}

func newMatcher(a *Article, g *graph.Graph) *matcher {
	m := &matcher{byName: map[string]string{}, byAlias: map[string]string{}, byHead: map[string]string{}, words: map[string]map[string]bool{}, cache: map[graph.ID]string{}, g: g}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Type == graph.Event {
			m.words[e.ID] = map[string]bool{}
			for _, k := range entityKeys(e) {
				for _, w := range strings.Fields(k) {
					m.words[e.ID][singular(w)] = true
				}
			}
			if h := eventHead(e.Name); h != "" {
				if id, dup := m.byHead[h]; dup && id != e.ID {
					m.byHead[h] = ""
				} else {
					m.byHead[h] = e.ID
				}
			}
		}
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
// unambiguous gold alias; failing that, for an event, the first whose
// head noun is the head of exactly one gold event of the article and
// whose words all occur in that event's names (events have no fixed
// names: "the bid" and "Acme's bid for Bolt" are one occurrence when the
// article annotates one bid; "the Oslo bid" is another).
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
		for _, f := range forms {
			if found != "" || e.Type != graph.Event {
				break
			}
			if id := m.byHead[eventHead(f)]; id != "" && m.describes(f, id) {
				found = id
			}
		}
	}
	m.cache[id] = found
	return found
}

// eventHeadStops end the words an event's head is read from: a
// complement or clause after the head ("bid for Bolt", "talks that
// failed").
var eventHeadStops = map[string]bool{
	"of": true, "for": true, "with": true, "by": true, "to": true, "in": true,
	"on": true, "at": true, "between": true, "into": true, "over": true,
	"against": true, "from": true, "about": true, "under": true, "that": true,
	"which": true, "who": true, "after": true, "before": true, "during": true,
	"among": true, "and": true, "or": true,
}

// eventHead returns the head noun of an event's name, singular: the last
// word before its first complement ("sale" of "the sale of its Zed unit",
// "talk" of "tough talks with unions", "bid" of "Acme's bid for Bolt"),
// or "" for a name of one letter or digit run.
func eventHead(name string) string {
	words := strings.Fields(keyOf(name))
	for i, w := range words {
		if eventHeadStops[w] && i > 0 {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	h := singular(words[len(words)-1])
	if len(h) < 2 || strings.IndexFunc(h, unicode.IsLetter) < 0 {
		return ""
	}
	return h
}

// singular drops a plural "s" from a word of more than three letters
// ("talks" → "talk"; "press" stays), enough to compare names.
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// describes reports whether every word of a name other than a
// complement's preposition occurs among the words of a gold event's
// names: the name is a shorter description of that occurrence.
func (m *matcher) describes(name, id string) bool {
	for _, w := range strings.Fields(keyOf(name)) {
		if !eventHeadStops[w] && w != "a" && w != "an" && !m.words[id][singular(w)] {
			return false
		}
	}
	return true
}
