package names

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkResolve resolves typed names, falling back to suggestions as
// the web search does, over a generated 30k-entity graph (the size of the
// Reuters-21578 graph): "scan" folds every name per query (Resolve,
// Suggest), "index" uses an Index built once (ResolveIn, SuggestIn).
func BenchmarkResolve(b *testing.B) {
	g := genGraph(30000, 7)
	r := rand.New(rand.NewPCG(3, 4))
	qs := make([]string, 64)
	for i := range qs {
		qs[i] = genQuery(r, g)
	}
	res := Resolver{Title: func(w string) bool { return w == "mr" || w == "dr" }}
	b.Run("scan", func(b *testing.B) {
		i := 0
		for b.Loop() {
			q := qs[i%len(qs)]
			i++
			if len(res.Resolve(g, q).Candidates) == 0 {
				res.Suggest(g, q, 10)
			}
		}
	})
	ix := NewIndex(g).Fold()
	b.Run("index", func(b *testing.B) {
		i := 0
		for b.Loop() {
			q := qs[i%len(qs)]
			i++
			if len(res.ResolveIn(ix, q).Candidates) == 0 {
				res.SuggestIn(ix, q, 10)
			}
		}
	})
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			NewIndex(g).Fold()
		}
	})
}
