package export

import (
	"cmp"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultTitle is the map and graph title used when Options.Title is empty.
const DefaultTitle = "newsgraph"

// DefaultScoreName names the score attribute when Options.ScoreName is empty.
const DefaultScoreName = "score"

// Options controls what the writers add to the graph. The zero value is
// ready to use.
type Options struct {
	// Title is the map title and the GraphML graph "title" attribute; when
	// empty, DefaultTitle.
	Title string
	// Scores holds a centrality per entity: written as the "score" member in
	// JSON and as the attribute named ScoreName in GraphML, and used for
	// node size in DOT. Entities missing from the map have no score. May be
	// nil.
	Scores map[graph.ID]float64
	// ScoreName names the score, such as "pagerank"; when empty,
	// DefaultScoreName.
	ScoreName string
	// Community holds a community number per entity. Written as
	// "community" in JSON and GraphML; in DOT it becomes the fill colour.
	// May be nil.
	Community map[graph.ID]int
	// Measures holds further named scores per entity (such as degree,
	// betweenness), written as one numeric node attribute each by the data
	// formats (GraphML, GEXF, Neo4j, N-Quads), after Scores. Names are made
	// safe for each format as attribute names are; a name equal to
	// ScoreName is skipped. Entities missing from a map, or with a NaN or
	// infinite score, get no value.
	Measures []NamedScores
	// CommunityNames names communities in map legends and tooltips (see
	// CommunityNames); a community without a name is called by its number.
	CommunityNames map[int]string
	// EdgeLabels labels the edges of a DOT map that carry a role or a
	// date with them (for focus and story maps, where few edges are
	// drawn); the kind itself is told by colour and line style.
	EdgeLabels bool
	// MaxEvidence caps the evidence sentences written per relation; 0 or
	// less writes all of them.
	MaxEvidence int
	// GraphMLMixed marks co-mentions in GraphML with the edge attribute
	// directed="false" (a GraphML mixed graph, as yEd reads it). networkx
	// cannot read such files; see the package documentation.
	GraphMLMixed bool
}

// NamedScores is one named score per entity; see Options.Measures.
type NamedScores struct {
	Name   string
	Scores map[graph.ID]float64
}

// numericAttrs returns the scores the data formats write as node
// attributes: Scores under ScoreName (when set), then Measures, skipping
// repeated names.
func (o *Options) numericAttrs() []NamedScores {
	var out []NamedScores
	seen := map[string]bool{}
	if o.Scores != nil {
		out = append(out, NamedScores{o.scoreName(), o.Scores})
		seen[o.scoreName()] = true
	}
	for _, m := range o.Measures {
		if m.Scores == nil || seen[m.Name] {
			continue
		}
		seen[m.Name] = true
		out = append(out, m)
	}
	return out
}

// finite returns s[id] when it is present and finite.
func finite(s map[graph.ID]float64, id graph.ID) (float64, bool) {
	v, ok := s[id]
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

func (o *Options) title() string {
	if o.Title == "" {
		return DefaultTitle
	}
	return o.Title
}

func (o *Options) scoreName() string {
	if o.ScoreName == "" {
		return DefaultScoreName
	}
	return o.ScoreName
}

// score returns the entity's score when it has a finite one.
func (o *Options) score(id graph.ID) (float64, bool) {
	if o.Scores == nil {
		return 0, false
	}
	s, ok := o.Scores[id]
	if !ok || math.IsNaN(s) || math.IsInf(s, 0) {
		return 0, false
	}
	return s, true
}

func (o *Options) community(id graph.ID) (int, bool) {
	if o.Community == nil {
		return 0, false
	}
	c, ok := o.Community[id]
	return c, ok
}

// evidence returns the evidence to write for r.
func (o *Options) evidence(r *graph.Relation) []graph.Evidence {
	if o.MaxEvidence > 0 && len(r.Evidence) > o.MaxEvidence {
		return r.Evidence[:o.MaxEvidence]
	}
	return r.Evidence
}

// Top returns the subgraph of the n entities with the highest scores and the
// relations among them. Ties are broken by lower ID first; entities with no
// score, or a NaN score, rank below every scored one. When scores is nil,
// entities are ranked by Mentions instead. When n is at least the number of
// entities, every entity is kept; when n ≤ 0, none is. Articles are kept as
// they are. g is not modified; the result shares its entities' slices and
// maps.
func Top(g *graph.Graph, scores map[graph.ID]float64, n int) *graph.Graph {
	type ranked struct {
		id     graph.ID
		scored bool
		score  float64
	}
	rank := make([]ranked, 0, len(g.Entities))
	for i := range g.Entities {
		e := &g.Entities[i]
		r := ranked{id: e.ID}
		if scores == nil {
			r.scored, r.score = true, float64(e.Mentions)
		} else if s, ok := scores[e.ID]; ok && !math.IsNaN(s) {
			r.scored, r.score = true, s
		}
		rank = append(rank, r)
	}
	slices.SortFunc(rank, func(a, b ranked) int {
		if a.scored != b.scored {
			if a.scored {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.id, b.id))
	})
	keep := make(map[graph.ID]bool, max(0, min(n, len(rank))))
	for _, r := range rank[:max(0, min(n, len(rank)))] {
		keep[r.id] = true
	}
	return g.Subgraph(func(e *graph.Entity) bool { return keep[e.ID] })
}

// view is a graph in canonical order with dangling relations removed. It
// copies only slice headers, never entities, relations or articles.
type view struct {
	entities  []*graph.Entity
	relations []*graph.Relation
	articles  []*graph.Article
	byID      map[graph.ID]*graph.Entity
}

func newView(g *graph.Graph) *view {
	v := &view{byID: make(map[graph.ID]*graph.Entity, len(g.Entities))}
	for i := range g.Entities {
		e := &g.Entities[i]
		if _, dup := v.byID[e.ID]; dup {
			continue // the first of several entities with one ID wins
		}
		v.byID[e.ID] = e
		v.entities = append(v.entities, e)
	}
	slices.SortStableFunc(v.entities, func(a, b *graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	for i := range g.Relations {
		r := &g.Relations[i]
		if v.byID[r.Source] == nil || v.byID[r.Target] == nil {
			continue
		}
		v.relations = append(v.relations, r)
	}
	slices.SortStableFunc(v.relations, func(a, b *graph.Relation) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Kind, b.Kind))
	})
	for i := range g.Articles {
		v.articles = append(v.articles, &g.Articles[i])
	}
	slices.SortStableFunc(v.articles, func(a, b *graph.Article) int { return cmp.Compare(a.ID, b.ID) })
	return v
}

// entityAttrKeys returns the names of the attributes any entity of the
// view carries, sorted: the columns or keys a writer declares for them.
func (v *view) entityAttrKeys() []string {
	set := map[string]bool{}
	for _, e := range v.entities {
		for k := range e.Attrs {
			set[k] = true
		}
	}
	return sortedKeys(set)
}

// relationAttrKeys returns the names of the attributes any relation of
// the view carries, sorted.
func (v *view) relationAttrKeys() []string {
	set := map[string]bool{}
	for _, r := range v.relations {
		for k := range r.Attrs {
			set[k] = true
		}
	}
	return sortedKeys(set)
}

// anyConfidence reports whether any relation of the view has a
// confidence, so that a writer declares that attribute only when used.
func (v *view) anyConfidence() bool {
	for _, r := range v.relations {
		if r.Confidence != 0 {
			return true
		}
	}
	return false
}
