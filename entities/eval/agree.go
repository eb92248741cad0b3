package eval

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// AnnotationGraph turns an annotation into the graph an extractor would
// have produced had it read each article as the annotator did, so that a
// second annotation can be scored by [Score] exactly as newsgraph's graph
// is: every rule of matching (names, aliases, event heads) and of scoring
// (uncertain gold, loose classes, roles) is the one the eval uses.
//
// Each article becomes a graph article whose ID and Ref are the article's
// ID; each of its entities a graph entity of its own (entities are not
// merged across articles: scoring is per article) with its name, aliases
// and type; each certain relation a graph relation with its kind, its role
// and former as attributes, and its evidence as the one sentence, cited
// from its article. Uncertain relations are left out: they are the
// annotator's doubt, not a claim to be scored.
func AnnotationGraph(ann *Gold) *graph.Graph {
	g := &graph.Graph{}
	next := graph.ID(1)
	for i := range ann.Articles {
		a := &ann.Articles[i]
		ga := graph.Article{ID: a.ID, Ref: a.ID, Title: a.Title, Source: a.Source, Date: a.Date}
		ids := map[string]graph.ID{}
		for _, e := range a.Entities {
			ids[e.ID] = next
			g.Entities = append(g.Entities, graph.Entity{ID: next, Name: e.Name, Type: e.Type,
				Aliases: append([]string(nil), e.Aliases...), Mentions: 1, Articles: 1})
			ga.Entities = append(ga.Entities, next)
			next++
		}
		for _, r := range a.Relations {
			if r.Uncertain {
				continue
			}
			var attrs map[string]string
			if r.Role != "" || r.Former {
				attrs = map[string]string{}
				if r.Role != "" {
					attrs["role"] = r.Role
				}
				if r.Former {
					attrs["former"] = "true"
				}
			}
			g.Relations = append(g.Relations, graph.Relation{Source: ids[r.Source], Target: ids[r.Target],
				Kind: r.Kind, Weight: 1, Confidence: 1, Attrs: attrs,
				Evidence: []graph.Evidence{{Article: a.ID, Title: a.Title, Sentence: r.Evidence}}})
		}
		g.Articles = append(g.Articles, ga)
	}
	g.Canonical()
	return g
}

// Agreement scores annotation ann (read from annName) against gold
// (goldName) as [Score] scores newsgraph's graph: ann's entities and
// certain relations are the predictions ([AnnotationGraph]), so precision
// is the share of ann's relations the gold holds and recall the share of
// the gold's ann holds; swapping the two gives the other direction. The
// two must annotate the same articles (by ID) with the same text; an
// error names the articles that differ.
func Agreement(gold, ann *Gold, goldName, annName string) (*Report, error) {
	if err := sameArticles(gold, ann, goldName, annName); err != nil {
		return nil, err
	}
	g := AnnotationGraph(ann)
	articles := map[string]string{}
	for _, a := range g.Articles {
		articles[a.ID] = a.Ref
	}
	rep := Score(gold, g, articles, goldName)
	rep.Annotation = annName
	// The graph holds only the annotation's certain relations: an end
	// "not in the graph" is one the annotation relates nowhere in the
	// article (unannotated, or named so that it cannot be aligned).
	for i := range rep.Misses {
		rep.Misses[i].Note = strings.ReplaceAll(rep.Misses[i].Note, "not in the graph", "in no certain relation of the annotation")
	}
	return rep, nil
}

// sameArticles reports, as one line, the articles only one of the two
// files holds and those whose texts differ (white space aside): their
// relations could not be compared.
func sameArticles(a, b *Gold, aName, bName string) error {
	texts := map[string]string{}
	for _, x := range b.Articles {
		texts[x.ID] = squash(x.Text)
	}
	var onlyA, differ []string
	inA := map[string]bool{}
	for _, x := range a.Articles {
		inA[x.ID] = true
		t, ok := texts[x.ID]
		switch {
		case !ok:
			onlyA = append(onlyA, x.ID)
		case t != squash(x.Text):
			differ = append(differ, x.ID)
		}
	}
	var onlyB []string
	for _, x := range b.Articles {
		if !inA[x.ID] {
			onlyB = append(onlyB, x.ID)
		}
	}
	var parts []string
	for _, p := range []struct {
		what string
		ids  []string
	}{{"not in " + bName, onlyA}, {"not in " + aName, onlyB}, {"texts differ", differ}} {
		if len(p.ids) > 0 {
			parts = append(parts, fmt.Sprintf("%s: %s", p.what, strings.Join(p.ids, ", ")))
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return fmt.Errorf("%s and %s do not annotate the same articles (%s)", aName, bName, strings.Join(parts, "; "))
}

// agreementHeader is the first line of a text report of an agreement.
func agreementHeader(r *Report) string {
	return fmt.Sprintf("annotation %s scored against %s: %d articles", clean(r.Annotation), clean(cmp.Or(r.Gold, "gold")), r.Articles)
}
