package export

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultFocusLimit is how many entities a focus map shows, the focus
// included, unless told otherwise.
const DefaultFocusLimit = 40

// DefaultAlpha is the significance level of the disparity filter used by
// Backbone.
const DefaultAlpha = 0.05

// DefaultEdgesPerNode caps the edges Backbone keeps at this many per
// entity on average.
const DefaultEdgesPerNode = 3.0

// FocusLimit returns the subgraph of g made of focus and the limit-1
// entities most strongly related to it, with the relations among them.
// Strength is first the number of typed (non co-mention) relations
// between the entity and focus, then their summed weight, then the
// co-mention weight between them; entities not adjacent to focus (in a
// neighbourhood deeper than one) come after every neighbour, by mentions;
// ties go to the lower ID. When limit ≤ 0 or g has at most limit
// entities, g is returned unchanged.
func FocusLimit(g *graph.Graph, focus graph.ID, limit int) *graph.Graph {
	if limit <= 0 || len(g.Entities) <= limit {
		return g
	}
	type strength struct {
		typed, typedWeight, coWeight, mentions int
	}
	st := make(map[graph.ID]*strength, len(g.Entities))
	for i := range g.Entities {
		st[g.Entities[i].ID] = &strength{mentions: g.Entities[i].Mentions}
	}
	for i := range g.Relations {
		r := &g.Relations[i]
		var other graph.ID
		switch focus {
		case r.Source:
			other = r.Target
		case r.Target:
			other = r.Source
		default:
			continue
		}
		s := st[other]
		if s == nil || other == focus {
			continue
		}
		if r.Kind == graph.CoMention {
			s.coWeight += r.Weight
		} else {
			s.typed++
			s.typedWeight += r.Weight
		}
	}
	ids := make([]graph.ID, 0, len(st))
	for id := range st {
		if id != focus {
			ids = append(ids, id)
		}
	}
	adjacent := func(s *strength) bool { return s.typed > 0 || s.coWeight > 0 }
	slices.SortFunc(ids, func(a, b graph.ID) int {
		sa, sb := st[a], st[b]
		if adjacent(sa) != adjacent(sb) {
			if adjacent(sa) {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(sb.typed, sa.typed), cmp.Compare(sb.typedWeight, sa.typedWeight),
			cmp.Compare(sb.coWeight, sa.coWeight), cmp.Compare(sb.mentions, sa.mentions), cmp.Compare(a, b))
	})
	keep := map[graph.ID]bool{focus: true}
	for _, id := range ids[:limit-1] {
		keep[id] = true
	}
	return g.Subgraph(func(e *graph.Entity) bool { return keep[e.ID] })
}

// BackboneOptions tunes Backbone. The zero value uses DefaultAlpha and
// DefaultEdgesPerNode.
type BackboneOptions struct {
	// Alpha is the significance level: a co-mention is kept when its
	// p-value at either end is below it.
	Alpha float64
	// EdgesPerNode caps the relations kept, typed ones included, at this
	// many per entity on average; negative means no cap.
	EdgesPerNode float64
	// Keep, when set, marks co-mentions kept whatever their significance
	// (such as those of a focus entity); they count towards the cap.
	Keep func(*graph.Relation) bool
}

// Backbone returns g with its co-mentions cut down to its backbone by the
// disparity filter of Serrano, Boguñá and Vespignani ("Extracting the
// multiscale backbone of complex weighted networks", PNAS 106(16), 2009).
// For an entity i of degree k and strength s (the summed weight of its
// co-mentions), a co-mention of weight w has the p-value
// (1 - w/s)^(k-1): the chance that a tie this strong arises when i's
// strength is split at random among its k ties. A co-mention (i, j) is
// significant when its p-value at i or at j is below Alpha.
//
// Each entity keeps its strongest co-mention whatever its p-value (an
// entity with one tie has p-value 1 and would otherwise lose it); then
// significant co-mentions are added, most significant first, until the
// relations number EdgesPerNode per entity. Typed relations are always
// kept. Degree and strength are those of the co-mentions of g itself, so
// the backbone is of the graph drawn.
func Backbone(g *graph.Graph, o BackboneOptions) *graph.Graph {
	alpha := o.Alpha
	if alpha <= 0 {
		alpha = DefaultAlpha
	}
	perNode := o.EdgesPerNode
	if perNode == 0 {
		perNode = DefaultEdgesPerNode
	}
	v := newView(g)
	deg := make(map[graph.ID]int)
	str := make(map[graph.ID]float64)
	var co []*graph.Relation
	typed := 0
	for _, r := range v.relations {
		if r.Kind != graph.CoMention {
			typed++
			continue
		}
		co = append(co, r)
		for _, id := range [2]graph.ID{r.Source, r.Target} {
			deg[id]++
			str[id] += float64(r.Weight)
		}
	}
	pval := func(r *graph.Relation, id graph.ID) float64 {
		k, s := deg[id], str[id]
		if k <= 1 || s <= 0 {
			return 1
		}
		return math.Pow(1-float64(r.Weight)/s, float64(k-1))
	}
	p := make(map[*graph.Relation]float64, len(co))
	best := make(map[graph.ID]*graph.Relation)
	stronger := func(a, b *graph.Relation) bool {
		return b == nil || a.Weight > b.Weight || (a.Weight == b.Weight && p[a] < p[b])
	}
	for _, r := range co {
		p[r] = min(pval(r, r.Source), pval(r, r.Target))
		for _, id := range [2]graph.ID{r.Source, r.Target} {
			if stronger(r, best[id]) {
				best[id] = r
			}
		}
	}
	kept := make(map[*graph.Relation]bool)
	for _, r := range co {
		if best[r.Source] == r || best[r.Target] == r || (o.Keep != nil && o.Keep(r)) {
			kept[r] = true
		}
	}
	budget := math.MaxInt
	if perNode > 0 {
		budget = int(perNode*float64(len(v.entities))) - typed - len(kept)
	}
	sig := slices.Clone(co)
	slices.SortStableFunc(sig, func(a, b *graph.Relation) int { return cmp.Compare(p[a], p[b]) })
	for _, r := range sig {
		if budget <= 0 || p[r] >= alpha {
			break
		}
		if !kept[r] {
			kept[r] = true
			budget--
		}
	}
	out := *g
	out.Relations = make([]graph.Relation, 0, typed+len(kept))
	for _, r := range v.relations {
		if r.Kind != graph.CoMention || kept[r] {
			out.Relations = append(out.Relations, *r)
		}
	}
	slices.SortFunc(out.Relations, func(a, b graph.Relation) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Kind, b.Kind))
	})
	return &out
}

// Story returns the typed relations of g (who holds which office, who
// went where, who belongs to which party or group) and the entities they
// link: co-mentions and entities left without a relation are dropped.
func Story(g *graph.Graph) *graph.Graph {
	linked := make(map[graph.ID]bool)
	for i := range g.Relations {
		if r := &g.Relations[i]; r.Kind != graph.CoMention {
			linked[r.Source], linked[r.Target] = true, true
		}
	}
	out := g.Subgraph(func(e *graph.Entity) bool { return linked[e.ID] })
	rels := out.Relations[:0:0]
	for _, r := range out.Relations {
		if r.Kind != graph.CoMention {
			rels = append(rels, r)
		}
	}
	out.Relations = rels
	return out
}

// CommunityNames names each community of member after its most central
// members: the names of its top n entities by score (mentions when
// scores is nil), highest first, joined by " · ". g should be the graph
// the communities were found in, so that the names are the same on every
// map drawn from it.
func CommunityNames(g *graph.Graph, member map[graph.ID]int, scores map[graph.ID]float64, n int) map[int]string {
	byComm := make(map[int][]*graph.Entity)
	for i := range g.Entities {
		e := &g.Entities[i]
		if c, ok := member[e.ID]; ok {
			byComm[c] = append(byComm[c], e)
		}
	}
	score := func(e *graph.Entity) float64 {
		if scores == nil {
			return float64(e.Mentions)
		}
		if s, ok := finite(scores, e.ID); ok {
			return s
		}
		return math.Inf(-1)
	}
	out := make(map[int]string, len(byComm))
	for c, es := range byComm {
		slices.SortFunc(es, func(a, b *graph.Entity) int {
			return cmp.Or(cmp.Compare(score(b), score(a)), cmp.Compare(a.ID, b.ID))
		})
		var names []string
		for _, e := range es[:min(n, len(es))] {
			names = append(names, truncate(dotText(e.Name), maxCommunityNameRunes))
		}
		out[c] = strings.Join(names, " · ")
	}
	return out
}

// maxCommunityNameRunes cuts each name in a community's name.
const maxCommunityNameRunes = 24
