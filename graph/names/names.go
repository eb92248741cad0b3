package names

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// Resolver finds a graph's entities by name, as a user types it.
type Resolver struct {
	// Title reports whether a word (in gazetteer.Key form) is a title or
	// role word that may stand before a name ("mr", "prime", "minister"):
	// when nothing matches, Resolve tries again without the leading ones.
	// Nil means no word is.
	Title func(word string) bool
}

// Stage says how a name matched its candidates.
type Stage int

// The stages of a resolution, tried in this order; the first that matches
// anything gives the candidates.
const (
	NoMatch Stage = iota
	Exact         // a name or alias exactly as typed, or "#12" for entity 12
	Folded        // a name or alias compared in gazetteer.Key form, titles dropped if need be
	Token         // a prefix of a name, or every word typed is a word of the name
	Fuzzy         // within a small edit distance, word by word or whole
)

func (s Stage) String() string {
	return [...]string{"no match", "exact", "case-folded", "token", "fuzzy"}[s]
}

// Result is what a name resolves to.
type Result struct {
	Query string
	Stage Stage
	// Candidates are the matching entities, most mentioned first (then by
	// ID). One candidate means the name resolved.
	Candidates []*graph.Entity
}

// Unique returns the one entity the name resolved to, or nil when it
// matched none or several.
func (r Result) Unique() *graph.Entity {
	if len(r.Candidates) == 1 {
		return r.Candidates[0]
	}
	return nil
}

// Resolve matches name against the entities of g, stage by stage: exact
// name or alias, then case-folded (gazetteer.Key form, so "s jaishankar"
// finds "S. Jaishankar", and without leading titles: "Mr Jha"), then a
// unique prefix or token subset ("bilawal bhutto" finds "Bilawal Bhutto
// Zardari"), then fuzzy. The first stage that matches gives the
// candidates, except that a lone case-folded match out-mentioned by a
// token match is not trusted: both are then candidates, so "blair" does
// not silently pick a small town over a prime minister.
func (r Resolver) Resolve(g *graph.Graph, name string) Result {
	res := Result{Query: name}
	set := func(s Stage, c []*graph.Entity) Result {
		res.Stage, res.Candidates = s, ranked(c)
		return res
	}
	if c := exact(g, name); len(c) > 0 {
		return set(Exact, c)
	}
	keys := r.queryKeys(name)
	if len(keys) == 0 {
		return res
	}
	var folded []*graph.Entity
	for _, k := range keys {
		if folded = matching(g, func(form string) bool { return form == k }); len(folded) > 0 {
			break
		}
	}
	tokens := matching(g, func(form string) bool {
		return slices.ContainsFunc(keys, func(k string) bool { return tokenMatch(k, form) })
	})
	switch {
	case len(folded) > 1:
		return set(Folded, folded)
	case len(folded) == 1:
		c := []*graph.Entity{folded[0]}
		for _, t := range tokens {
			if t.Mentions > folded[0].Mentions {
				c = append(c, t)
			}
		}
		if c = dropWrappers(c); len(c) == 1 {
			return set(Folded, c)
		}
		return set(Token, c)
	case len(tokens) > 0:
		return set(Token, dropWrappers(tokens))
	}
	fuzzy := matching(g, func(form string) bool {
		return slices.ContainsFunc(keys, func(k string) bool { return fuzzyMatch(k, form) })
	})
	if len(fuzzy) > 0 {
		return set(Fuzzy, dropWrappers(fuzzy))
	}
	return res
}

// queryKeys returns the key of name, then the key without its leading
// title words when there are some.
func (r Resolver) queryKeys(name string) []string {
	key := gazetteer.Key(name)
	if key == "" {
		return nil
	}
	words := strings.Fields(key)
	i := 0
	for r.Title != nil && i < len(words)-1 && r.Title(words[i]) {
		i++
	}
	if i == 0 {
		return []string{key}
	}
	return []string{key, strings.Join(words[i:], " ")}
}

// exact returns the entities whose name or an alias is name as typed
// (outer spaces aside), or whose ID is "#N".
func exact(g *graph.Graph, name string) []*graph.Entity {
	name = strings.TrimSpace(name)
	if id, err := strconv.ParseUint(strings.TrimPrefix(name, "#"), 10, 32); err == nil && strings.HasPrefix(name, "#") {
		if e := g.Entity(graph.ID(id)); e != nil {
			return []*graph.Entity{e}
		}
		return nil
	}
	var out []*graph.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Name == name || slices.Contains(e.Aliases, name) {
			out = append(out, e)
		}
	}
	return out
}

// matching returns the entities one of whose forms (name or alias, in
// gazetteer.Key form) satisfies ok.
func matching(g *graph.Graph, ok func(form string) bool) []*graph.Entity {
	var out []*graph.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		if ok(gazetteer.Key(e.Name)) {
			out = append(out, e)
			continue
		}
		for _, a := range e.Aliases {
			if ok(gazetteer.Key(a)) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// tokenMatch reports whether the query key q is a prefix of the form (at
// least three characters typed) or each of its words is a word of the
// form; the last word typed may be the start of one.
func tokenMatch(q, form string) bool {
	if len(q) >= 3 && strings.HasPrefix(form, q) {
		return true
	}
	qw, fw := strings.Fields(q), strings.Fields(form)
	if len(qw) == 0 || len(qw) > len(fw) {
		return false
	}
	for i, w := range qw {
		last := i == len(qw)-1 && len(w) >= 3
		if !slices.ContainsFunc(fw, func(f string) bool { return f == w || last && strings.HasPrefix(f, w) }) {
			return false
		}
	}
	return true
}

// fuzzyMatch reports whether the query key q is a few edits from the
// form: one edit per six characters (at least one), or every word typed
// one edit from a word of the form ("bilawal zardary").
func fuzzyMatch(q, form string) bool {
	limit := max(1, len([]rune(q))/6)
	if EditDistance(q, form, limit) <= limit {
		return true
	}
	return len(strings.Fields(q)) > 1 && wordsMatched(q, form) == 1
}

// dropWrappers drops each candidate whose name wraps another candidate's
// whole name in more words and that is mentioned less than it: "team led
// by Bilawal Bhutto Zardari" beside "Bilawal Bhutto Zardari". Someone who
// typed part of both means the name, not the phrase built around it. A
// longer name mentioned more ("Bilawal Bhutto Zardari" beside a stub
// "Bhutto Zardari") stays: that choice is the user's.
func dropWrappers(es []*graph.Entity) []*graph.Entity {
	keys := make([]string, len(es))
	for i, e := range es {
		keys[i] = " " + gazetteer.Key(e.Name) + " "
	}
	var out []*graph.Entity
	for i, b := range es {
		wraps := false
		for j, a := range es {
			if i != j && a.Mentions > b.Mentions && len(keys[j]) > 2 && keys[i] != keys[j] && strings.Contains(keys[i], keys[j]) {
				wraps = true
				break
			}
		}
		if !wraps {
			out = append(out, b)
		}
	}
	return out
}

// ranked sorts entities by mentions, most first, then by ID.
func ranked(es []*graph.Entity) []*graph.Entity {
	slices.SortFunc(es, func(a, b *graph.Entity) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
	})
	return slices.CompactFunc(es, func(a, b *graph.Entity) bool { return a.ID == b.ID })
}

// Suggest returns up to n entities whose names resemble name: names
// containing it, or within a small edit distance, most mentioned first.
func (Resolver) Suggest(g *graph.Graph, name string, n int) []*graph.Entity {
	key := gazetteer.Key(name)
	type scored struct {
		e *graph.Entity
		d int
	}
	var out []scored
	for i := range g.Entities {
		e := &g.Entities[i]
		best := 1 << 30
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			k := gazetteer.Key(form)
			switch {
			case key != "" && strings.Contains(k, key):
				best = min(best, 0)
			default:
				if d := EditDistance(k, key, 3); d <= 2 || d <= len(key)/4 {
					best = min(best, d)
				} else if w := wordsMatched(key, k); w > 0 {
					best = min(best, 3+w)
				}
			}
		}
		if best < 1<<30 {
			out = append(out, scored{e, best})
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(b.e.Mentions, a.e.Mentions), cmp.Compare(a.e.ID, b.e.ID))
	})
	res := make([]*graph.Entity, 0, n)
	for _, s := range out {
		if len(res) == n {
			break
		}
		res = append(res, s.e)
	}
	return res
}
