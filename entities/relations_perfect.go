package entities

import "github.com/newsgraph/newsgraph/graph"

// perfectEmit wraps the emit of roleAfter for a title after "has been" or
// "had been" ("X has been appointed chairman of T", "X had been president
// of T"): a place after the title gives no office of its country there.
// In a career line ("Y had been executive vice-president of Northgate")
// the place is mostly a company the recognizer took for a town, where
// "Chief Minister of <place>" names a state office.
func perfectEmit(rb *relBuilder, emit func(p, t placed, r roleSpan, conf float64, of bool)) func(p, t placed, r roleSpan, conf float64, of bool) {
	return func(p, t placed, r roleSpan, conf float64, of bool) {
		if rb.ex.Entities[t.ent].Type == graph.Place {
			return
		}
		emit(p, t, r, conf, of)
	}
}
