package names

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func ids(es []*graph.Entity) []graph.ID {
	out := make([]graph.ID, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// TestIndexAgrees checks that resolving and suggesting through an Index
// gives exactly what folding every name per query gives, on random
// queries over a generated graph and on the table graph.
func TestIndexAgrees(t *testing.T) {
	r := Resolver{Title: func(w string) bool { return w == "mr" || w == "dr" }}
	rng := rand.New(rand.NewPCG(11, 12))
	stages := map[Stage]int{}
	for _, g := range []*graph.Graph{testGraph(), genGraph(3000, 5)} {
		ix := NewIndex(g)
		for range 500 {
			q := genQuery(rng, g)
			want, got := r.Resolve(g, q), r.ResolveIn(ix, q)
			stages[want.Stage]++
			if got.Stage != want.Stage || !slices.Equal(ids(got.Candidates), ids(want.Candidates)) {
				t.Fatalf("ResolveIn(%q) = %v %v, Resolve = %v %v", q, got.Stage, ids(got.Candidates), want.Stage, ids(want.Candidates))
			}
			if w, g := ids(r.Suggest(g, q, 10)), ids(r.SuggestIn(ix, q, 10)); !slices.Equal(g, w) {
				t.Fatalf("SuggestIn(%q) = %v, Suggest = %v", q, g, w)
			}
		}
	}
	// The queries must exercise every stage, or agreement proves little.
	for s := NoMatch; s <= Fuzzy; s++ {
		if stages[s] == 0 {
			t.Errorf("no query resolved at stage %v: %v", s, stages)
		}
	}
}

func TestIndexTable(t *testing.T) {
	g := testGraph()
	ix := NewIndex(g)
	if ix.Graph() != g {
		t.Fatal("Index.Graph is not the indexed graph")
	}
	r := Resolver{Title: func(w string) bool { return w == "mr" || w == "dr" }}
	for _, q := range []string{"wexby", "Mr Wexby", "#5", "tiny", "quell", "finch", "Dara Fnch", "ostrander", "amara qu", "wex", "Dr Dara Finch"} {
		want, got := r.Resolve(g, q), r.ResolveIn(ix, q)
		if got.Stage != want.Stage || !slices.Equal(ids(got.Candidates), ids(want.Candidates)) {
			t.Errorf("ResolveIn(%q) = %v %v, Resolve = %v %v", q, got.Stage, ids(got.Candidates), want.Stage, ids(want.Candidates))
		}
	}
}

// quadraticDropWrappers is dropWrappers as first written, comparing every
// pair of candidates: the reference the faster one must agree with.
func quadraticDropWrappers(es []*graph.Entity) []*graph.Entity {
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

func TestDropWrappersAgrees(t *testing.T) {
	g := genGraph(2000, 9)
	// Names made of other names' words, so that some wrap others.
	for i := range g.Entities[:500] {
		o := &g.Entities[(i*7+3)%len(g.Entities)]
		g.Entities[i].Name = "team of " + o.Name
	}
	rng := rand.New(rand.NewPCG(1, 2))
	wrapped := 0
	for range 300 {
		var es []*graph.Entity
		for range 1 + rng.IntN(40) {
			es = append(es, &g.Entities[rng.IntN(len(g.Entities))])
		}
		es = append(es, &g.Entities[(rng.IntN(500)*7+3)%len(g.Entities)])
		want, got := quadraticDropWrappers(es), dropWrappers(es)
		if !slices.Equal(ids(got), ids(want)) {
			t.Fatalf("dropWrappers(%v) = %v, want %v", ids(es), ids(got), ids(want))
		}
		wrapped += len(es) - len(want)
	}
	if wrapped == 0 {
		t.Error("no candidate set had a wrapper to drop")
	}
}
