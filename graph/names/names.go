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
	// when nothing matches, Find tries again without the leading ones.
	// Nil means no word is.
	Title func(word string) bool
}

// Find returns the entities of g that name matches, case-insensitively
// and through aliases (the normalisation of gazetteer.Key, so "s
// jaishankar" finds "S. Jaishankar"). Exact name matches come first, then
// alias matches, each ordered by mentions. A numeric name also matches an
// entity ID written as "#12".
func (r Resolver) Find(g *graph.Graph, name string) []*graph.Entity {
	if found := find(g, name, gazetteer.Key(name)); len(found) > 0 {
		return found
	}
	// "Mr Jha", "Prime Minister Sharif": try again without the title.
	words := strings.Fields(gazetteer.Key(name))
	i := 0
	for r.Title != nil && i < len(words)-1 && r.Title(words[i]) {
		i++
	}
	if i == 0 {
		return nil
	}
	return find(g, name, strings.Join(words[i:], " "))
}

func find(g *graph.Graph, name, key string) []*graph.Entity {
	if key == "" {
		return nil
	}
	var exact, alias []*graph.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		if gazetteer.Key(e.Name) == key || "#"+strconv.FormatUint(uint64(e.ID), 10) == strings.TrimSpace(name) {
			exact = append(exact, e)
			continue
		}
		for _, a := range e.Aliases {
			if gazetteer.Key(a) == key {
				alias = append(alias, e)
				break
			}
		}
	}
	byMentions := func(a, b *graph.Entity) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
	}
	slices.SortFunc(exact, byMentions)
	slices.SortFunc(alias, byMentions)
	return append(exact, alias...)
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

// EditDistance is the Levenshtein distance of a and b, in runes, or
// limit+1 when it exceeds limit.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// wordsMatched compares the words of a query with those of a name: 1 when
// every query word is a name word or one edit away from one ("Bilawal
// Zardary" and "Bilawal Bhutto Zardari"), 2 when at least half are, 0
// otherwise.
func wordsMatched(query, name string) int {
	qw, nw := strings.Fields(query), strings.Fields(name)
	hit := 0
	for _, q := range qw {
		for _, n := range nw {
			if q == n || len(q) >= 4 && EditDistance(q, n, 1) <= 1 {
				hit++
				break
			}
		}
	}
	switch {
	case len(qw) == 0 || hit == 0:
		return 0
	case hit == len(qw):
		return 1
	case 2*hit >= len(qw):
		return 2
	}
	return 0
}
