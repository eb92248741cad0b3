package analytics

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Weighting is how Slice weighs a relation.
type Weighting string

// Relation weightings.
const (
	// BySentences weighs a relation by its supporting sentences (the
	// weight Load gives).
	BySentences Weighting = "sentences"
	// ByArticles weighs a relation by the articles its sentences are in.
	ByArticles Weighting = "articles"
	// BySources weighs a relation by the outlets (Article.Source) that
	// report it; articles without a source count as one outlet.
	BySources Weighting = "sources"
)

// Weightings lists the weightings in a fixed order.
var Weightings = []Weighting{BySentences, ByArticles, BySources}

// SliceOptions select part of a graph. The zero value selects all of it.
type SliceOptions struct {
	// Source keeps the articles of one outlet (compared without case).
	Source string
	// Since and Until keep the articles dated on or after Since and on or
	// before Until (ISO dates, 2006-01-02; only the date part of an
	// article's date is compared). Articles without a date are dropped
	// when either is set.
	Since, Until string
	// Weight is the relation weighting; empty means BySentences.
	Weight Weighting
	// MinConfidence drops relations less confident than this.
	MinConfidence float64
}

// Active reports whether o changes anything.
func (o SliceOptions) Active() bool {
	return o.Source != "" || o.Since != "" || o.Until != "" || (o.Weight != "" && o.Weight != BySentences) || o.MinConfidence > 0
}

// Validate checks the dates and the weighting.
func (o SliceOptions) Validate() error {
	for _, d := range []string{o.Since, o.Until} {
		if d != "" && !isISODate(d) {
			return fmt.Errorf("date %q is not a calendar date written YYYY-MM-DD", d)
		}
	}
	if o.Since != "" && o.Until != "" && o.Since > o.Until {
		return fmt.Errorf("since %s is after until %s", o.Since, o.Until)
	}
	switch o.Weight {
	case "", BySentences, ByArticles, BySources:
	default:
		return fmt.Errorf("unknown weighting %q (want sentences, articles or sources)", o.Weight)
	}
	if o.MinConfidence < 0 || o.MinConfidence > 1 {
		return fmt.Errorf("minimum confidence %g is outside [0, 1]", o.MinConfidence)
	}
	return nil
}

// isISODate reports whether s is a day that exists, written YYYY-MM-DD:
// "2005-13-01" and "2005-02-30" are not.
func isISODate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// Undated counts the articles of g without a date a --since or --until
// slice can compare: such a slice leaves them out.
func Undated(g *graph.Graph) int {
	n := 0
	for i := range g.Articles {
		if d := g.Articles[i].Date; len(d) < 10 || !isISODate(d[:10]) {
			n++
		}
	}
	return n
}

// KeepsArticle reports whether an article is in the slice: its outlet and
// date are those o selects (every article when o selects none).
func (o SliceOptions) KeepsArticle(a *graph.Article) bool {
	if o.Source != "" && !strings.EqualFold(strings.TrimSpace(a.Source), strings.TrimSpace(o.Source)) {
		return false
	}
	if o.Since == "" && o.Until == "" {
		return true
	}
	if len(a.Date) < 10 || !isISODate(a.Date[:10]) {
		return false
	}
	d := a.Date[:10]
	return (o.Since == "" || d >= o.Since) && (o.Until == "" || d <= o.Until)
}

// Slice returns the graph as the selected articles tell it: only the
// articles o keeps; the entities they mention (Articles recounted;
// Mentions, a store-wide count, kept); each relation with only the
// evidence from those articles, weighed as o.Weight says, and dropped when
// no evidence is left or its confidence is below o.MinConfidence.
//
// Weights are recomputed from evidence, so g must hold all of it (loaded
// with LoadOptions.Evidence < 0) whenever o selects articles or weighs
// by articles or sources; a relation without evidence is then dropped.
// g is not changed; the result shares no slices with it that it modifies.
func Slice(g *graph.Graph, o SliceOptions) *graph.Graph {
	byArticle := o.Source != "" || o.Since != "" || o.Until != ""
	recount := byArticle || (o.Weight != "" && o.Weight != BySentences)
	out := &graph.Graph{Entities: []graph.Entity{}, Relations: []graph.Relation{}, Articles: []graph.Article{}}
	source := map[string]string{}
	inSlice := map[string]bool{}
	articles := map[graph.ID]int{}
	for i := range g.Articles {
		a := &g.Articles[i]
		source[a.ID] = strings.ToLower(strings.TrimSpace(a.Source))
		if byArticle && !o.KeepsArticle(a) {
			continue
		}
		inSlice[a.ID] = true
		out.Articles = append(out.Articles, *a)
		for _, id := range a.Entities {
			articles[id]++
		}
	}
	keep := map[graph.ID]bool{}
	for _, e := range g.Entities {
		if byArticle {
			if articles[e.ID] == 0 {
				continue
			}
			e.Articles = articles[e.ID]
		}
		keep[e.ID] = true
		out.Entities = append(out.Entities, e)
	}
	for _, r := range g.Relations {
		if r.Confidence < o.MinConfidence || !keep[r.Source] || !keep[r.Target] {
			continue
		}
		if recount {
			var ev []graph.Evidence
			arts, srcs := map[string]bool{}, map[string]bool{}
			for _, e := range r.Evidence {
				if byArticle && !inSlice[e.Article] {
					continue
				}
				ev = append(ev, e)
				arts[e.Article] = true
				srcs[source[e.Article]] = true
			}
			if len(ev) == 0 {
				continue
			}
			r.Evidence = ev
			switch o.Weight {
			case ByArticles:
				r.Weight = len(arts)
			case BySources:
				r.Weight = len(srcs)
			default:
				r.Weight = len(ev)
			}
		}
		out.Relations = append(out.Relations, r)
	}
	return out
}
