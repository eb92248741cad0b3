package names

import (
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// syllables build made-up names, so the generated graph has the shared
// words, prefixes and near-misses of a real one without any real name.
var syllables = []string{"ka", "lor", "ven", "mi", "dra", "os", "tel", "qua", "bri", "sen", "ar", "ul", "mon", "zé", "ith", "pa"}

func genWord(r *rand.Rand) string {
	var b strings.Builder
	for range 2 + r.IntN(3) {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

func genName(r *rand.Rand) string {
	words := make([]string, 1+r.IntN(3))
	for i := range words {
		words[i] = genWord(r)
	}
	if r.IntN(10) == 0 {
		words = append([]string{"Mr"}, words...)
	}
	return strings.Join(words, " ")
}

// genGraph returns a graph of n made-up entities, some with aliases, some
// sharing names, with skewed mention counts.
func genGraph(n int, seed uint64) *graph.Graph {
	r := rand.New(rand.NewPCG(seed, 1))
	g := &graph.Graph{Entities: make([]graph.Entity, n)}
	for i := range g.Entities {
		e := &g.Entities[i]
		e.ID = graph.ID(i + 1)
		e.Name = genName(r)
		if i > 0 && r.IntN(20) == 0 {
			e.Name = g.Entities[r.IntN(i)].Name
		}
		e.Mentions = 1 + r.IntN(5)*r.IntN(50)
		for range r.IntN(3) {
			if r.IntN(2) == 0 {
				e.Aliases = append(e.Aliases, strings.Fields(e.Name)[0])
			} else {
				e.Aliases = append(e.Aliases, genName(r))
			}
		}
	}
	return g
}

// genQuery returns what a user might type for a name of g: the whole
// name, its case-folded form, a prefix, some of its words, a typo, or
// something else altogether.
func genQuery(r *rand.Rand, g *graph.Graph) string {
	e := &g.Entities[r.IntN(len(g.Entities))]
	name := e.Name
	if len(e.Aliases) > 0 && r.IntN(3) == 0 {
		name = e.Aliases[r.IntN(len(e.Aliases))]
	}
	words := strings.Fields(name)
	switch r.IntN(8) {
	case 0:
		return name
	case 1:
		return strings.ToLower(name)
	case 2:
		return name[:1+r.IntN(len(name))]
	case 3:
		return strings.ToLower(words[len(words)-1])
	case 4:
		w := words[r.IntN(len(words))]
		return strings.ToLower(w[:min(len(w), 1+r.IntN(5))])
	case 5:
		b := []byte(strings.ToLower(name))
		b[r.IntN(len(b))] = 'x'
		return string(b)
	case 6:
		return "Dr " + name
	}
	return genName(r)
}
