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
//
// Resolve folds every name of g on each call; to resolve many names in
// one graph, build an Index once and use ResolveIn.
func (r Resolver) Resolve(g *graph.Graph, name string) Result {
	return r.resolve(g, scan{g}, name)
}

// ResolveIn is Resolve over the graph ix was built from, using its
// folded names: same results, without folding the graph again.
func (r Resolver) ResolveIn(ix *Index, name string) Result {
	return r.resolve(ix.g, ix, name)
}

// finder finds the entities whose names pass each stage's test: scan
// folds every name per query, Index looks them up.
type finder interface {
	exactly(name string) []*graph.Entity
	folded(key string) []*graph.Entity
	tokens(keys []form) []*graph.Entity
	fuzzy(keys []form) []*graph.Entity
	each(f func(e *graph.Entity, forms []form))
}

func (r Resolver) resolve(g *graph.Graph, f finder, name string) Result {
	res := Result{Query: name}
	set := func(s Stage, c []*graph.Entity) Result {
		res.Stage, res.Candidates = s, ranked(c)
		return res
	}
	if c := exact(g, f, name); len(c) > 0 {
		return set(Exact, c)
	}
	keys := r.queryKeys(name)
	if len(keys) == 0 {
		return res
	}
	var folded []*graph.Entity
	for _, k := range keys {
		if folded = f.folded(k.key); len(folded) > 0 {
			break
		}
	}
	tokens := f.tokens(keys)
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
	if fuzzy := f.fuzzy(keys); len(fuzzy) > 0 {
		return set(Fuzzy, dropWrappers(fuzzy))
	}
	return res
}

// queryKeys returns the form of name, then the form without its leading
// title words when there are some.
func (r Resolver) queryKeys(name string) []form {
	q := newForm(name)
	if q.key == "" {
		return nil
	}
	i := 0
	for r.Title != nil && i < len(q.words)-1 && r.Title(q.words[i]) {
		i++
	}
	if i == 0 {
		return []form{q}
	}
	return []form{q, newForm(strings.Join(q.words[i:], " "))}
}

// exact returns the entities whose name or an alias is name as typed
// (outer spaces aside), or whose ID is "#N".
func exact(g *graph.Graph, f finder, name string) []*graph.Entity {
	name = strings.TrimSpace(name)
	if id, err := strconv.ParseUint(strings.TrimPrefix(name, "#"), 10, 32); err == nil && strings.HasPrefix(name, "#") {
		if e := g.Entity(graph.ID(id)); e != nil {
			return []*graph.Entity{e}
		}
		return nil
	}
	return f.exactly(name)
}

// scan finds entities by folding every name of the graph per query.
type scan struct{ g *graph.Graph }

func (s scan) exactly(name string) []*graph.Entity {
	var out []*graph.Entity
	for i := range s.g.Entities {
		e := &s.g.Entities[i]
		if e.Name == name || slices.Contains(e.Aliases, name) {
			out = append(out, e)
		}
	}
	return out
}

func (s scan) folded(key string) []*graph.Entity {
	return s.matching(func(f form) bool { return f.key == key })
}

func (s scan) tokens(keys []form) []*graph.Entity {
	return s.matching(func(f form) bool { return anyKey(keys, f, tokenMatch) })
}

func (s scan) fuzzy(keys []form) []*graph.Entity {
	return s.matching(func(f form) bool { return anyKey(keys, f, fuzzyMatch) })
}

func (s scan) each(f func(e *graph.Entity, forms []form)) {
	for i := range s.g.Entities {
		f(&s.g.Entities[i], entityForms(&s.g.Entities[i]))
	}
}

// matching returns the entities one of whose forms (name or alias, in
// gazetteer.Key form) satisfies ok.
func (s scan) matching(ok func(f form) bool) []*graph.Entity {
	var out []*graph.Entity
	for i := range s.g.Entities {
		e := &s.g.Entities[i]
		if ok(newForm(e.Name)) {
			out = append(out, e)
			continue
		}
		for _, a := range e.Aliases {
			if ok(newForm(a)) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// anyKey reports whether one of the query keys matches the form.
func anyKey(keys []form, f form, match func(q, f form) bool) bool {
	return slices.ContainsFunc(keys, func(q form) bool { return match(q, f) })
}

// anyForm reports whether one of the query keys matches one of the forms.
func anyForm(forms, keys []form, match func(q, f form) bool) bool {
	return slices.ContainsFunc(forms, func(f form) bool { return anyKey(keys, f, match) })
}

// tokenMatch reports whether the query key q is a prefix of the form (at
// least three characters typed) or each of its words is a word of the
// form; the last word typed may be the start of one.
func tokenMatch(q, f form) bool {
	if len(q.key) >= 3 && strings.HasPrefix(f.key, q.key) {
		return true
	}
	qw, fw := q.words, f.words
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
func fuzzyMatch(q, f form) bool {
	limit := max(1, q.runes/6)
	if d := q.runes - f.runes; d <= limit && -d <= limit && EditDistance(q.key, f.key, limit) <= limit {
		return true
	}
	return len(q.words) > 1 && wordsMatched(q.words, f.words) == 1
}

// dropWrappers drops each candidate whose name wraps another candidate's
// whole name in more words and that is mentioned less than it: "team led
// by Bilawal Bhutto Zardari" beside "Bilawal Bhutto Zardari". Someone who
// typed part of both means the name, not the phrase built around it. A
// longer name mentioned more ("Bilawal Bhutto Zardari" beside a stub
// "Bhutto Zardari") stays: that choice is the user's.
func dropWrappers(es []*graph.Entity) []*graph.Entity {
	// b wraps a when a's key is a shorter run of b's words; rather than
	// compare every pair (a short query can match thousands), look up
	// each run of b's words, of a length some candidate's key has, among
	// the candidates' keys with the most mentions seen for each.
	words := make([][]string, len(es))
	most := map[string]int{}
	lengths := map[int]bool{}
	for i, e := range es {
		k := gazetteer.Key(e.Name)
		words[i] = strings.Fields(k)
		if m, ok := most[k]; k != "" && (!ok || e.Mentions > m) {
			most[k] = e.Mentions
		}
		lengths[len(words[i])] = true
	}
	var out []*graph.Entity
	for i, b := range es {
		if !wraps(words[i], most, lengths, b.Mentions) {
			out = append(out, b)
		}
	}
	return out
}

// wraps reports whether a run of words shorter than all of ws, of one of
// the given lengths, is a key mentioned more than mentions.
func wraps(ws []string, most map[string]int, lengths map[int]bool, mentions int) bool {
	for n := 1; n < len(ws); n++ {
		if !lengths[n] {
			continue
		}
		for s := 0; s+n <= len(ws); s++ {
			if m, ok := most[strings.Join(ws[s:s+n], " ")]; ok && m > mentions {
				return true
			}
		}
	}
	return false
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
func (r Resolver) Suggest(g *graph.Graph, name string, n int) []*graph.Entity {
	return suggest(scan{g}, name, n)
}

// SuggestIn is Suggest over the graph ix was built from, using its
// folded names.
func (r Resolver) SuggestIn(ix *Index, name string, n int) []*graph.Entity {
	return suggest(ix, name, n)
}

func suggest(f finder, name string, n int) []*graph.Entity {
	q := newForm(name)
	type scored struct {
		e *graph.Entity
		d int
	}
	var out []scored
	f.each(func(e *graph.Entity, forms []form) {
		best := 1 << 30
		for _, k := range forms {
			switch {
			case q.key != "" && strings.Contains(k.key, q.key):
				best = min(best, 0)
			default:
				// EditDistance gives 4 (over its limit of 3) without
				// comparing when the lengths differ by more than 3.
				d := 4
				if l := k.runes - q.runes; l <= 3 && -l <= 3 {
					d = EditDistance(k.key, q.key, 3)
				}
				if d <= 2 || d <= len(q.key)/4 {
					best = min(best, d)
				} else if w := wordsMatched(q.words, k.words); w > 0 {
					best = min(best, 3+w)
				}
			}
		}
		if best < 1<<30 {
			out = append(out, scored{e, best})
		}
	})
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
