package analytics

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestShortestPath(t *testing.T) {
	memberOf := func(a, b graph.ID, w int) graph.Relation {
		return graph.Relation{Source: a, Target: b, Kind: graph.MemberOf, Weight: w}
	}
	// two 2-hop routes 1-2-4 and 1-3-4, the second heavier
	heavier := newTestGraph(4, co(1, 2, 1), co(2, 4, 1), co(1, 3, 2), co(3, 4, 2))
	// two equal 2-hop routes
	square := newTestGraph(4, co(1, 2, 1), co(2, 4, 1), co(1, 3, 1), co(3, 4, 1))
	// 2 hops light against 3 hops heavy
	hops := newTestGraph(5, co(1, 2, 1), co(2, 3, 1), co(1, 4, 9), co(4, 5, 9), co(5, 3, 9))
	// equal 3-hop routes 1-2-8-9 and 1-3-4-9: the first is smaller read from 1
	lex := newTestGraph(9, co(1, 2, 1), co(2, 8, 1), co(8, 9, 1), co(1, 3, 1), co(3, 4, 1), co(4, 9, 1))
	// the heavy edge comes late on one route, early on the other
	late := newTestGraph(5, co(1, 2, 1), co(2, 5, 5), co(1, 3, 3), co(3, 5, 1))
	// a member_of shortcut past a co-mention chain
	kinds := newTestGraph(3, co(1, 2, 1), co(2, 3, 1), memberOf(1, 3, 1))
	// invalid negative weights still give a path
	negative := newTestGraph(4, co(1, 2, -5), co(2, 3, -5), co(1, 4, 1), co(4, 3, 1))

	tests := []struct {
		name string
		g    *graph.Graph
		a, b graph.ID
		o    Options
		want []graph.ID
	}{
		{"path", pathGraph, 1, 4, Options{}, []graph.ID{1, 2, 3, 4}},
		{"path/reverse", pathGraph, 4, 1, Options{}, []graph.ID{4, 3, 2, 1}},
		{"self", pathGraph, 2, 2, Options{}, []graph.ID{2}},
		{"adjacent", pathGraph, 2, 3, Options{}, []graph.ID{2, 3}},
		{"unreachable", splitGraph, 1, 5, Options{}, nil},
		{"isolated", splitGraph, 6, 1, Options{}, nil},
		{"unknown/a", pathGraph, 99, 1, Options{}, nil},
		{"unknown/b", pathGraph, 1, 99, Options{}, nil},
		{"unknown/self", pathGraph, 99, 99, Options{}, nil},
		{"tie/heavier", heavier, 1, 4, Options{}, []graph.ID{1, 3, 4}},
		{"tie/heavier/reverse", heavier, 4, 1, Options{}, []graph.ID{4, 3, 1}},
		{"tie/unweighted", heavier, 1, 4, Options{Unweighted: true}, []graph.ID{1, 2, 4}},
		{"tie/ids", square, 1, 4, Options{}, []graph.ID{1, 2, 4}},
		{"tie/ids/reverse", square, 4, 1, Options{}, []graph.ID{4, 2, 1}},
		{"hops beat weight", hops, 1, 3, Options{}, []graph.ID{1, 2, 3}},
		{"tie/lexicographic", lex, 1, 9, Options{}, []graph.ID{1, 2, 8, 9}},
		{"tie/late weight", late, 1, 5, Options{}, []graph.ID{1, 2, 5}},
		{"kinds/all", kinds, 1, 3, Options{}, []graph.ID{1, 3}},
		{"kinds/co_mention", kinds, 1, 3, Options{Kinds: []graph.Kind{graph.CoMention}}, []graph.ID{1, 2, 3}},
		{"kinds/none", kinds, 1, 2, Options{Kinds: []graph.Kind{graph.CapitalOf}}, nil},
		{"negative weights", negative, 1, 3, Options{}, []graph.ID{1, 4, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ShortestPath(tt.g, tt.a, tt.b, tt.o); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// neighbourGraph: 1 links to 2 by co-mention and member_of (both weight 3)
// and to 3 (weight 5); 2-4 (1) and 3-4 (2); 4-5; 4 links to 7 by capital_of
// and member_of of equal weight; 6 is isolated.
var neighbourGraph = newTestGraph(7,
	co(1, 2, 3), graph.Relation{Source: 2, Target: 1, Kind: graph.MemberOf, Weight: 3},
	co(1, 3, 5), co(2, 4, 1), co(3, 4, 2), co(4, 5, 1),
	graph.Relation{Source: 7, Target: 4, Kind: graph.CapitalOf, Weight: 2},
	graph.Relation{Source: 7, Target: 4, Kind: graph.MemberOf, Weight: 2},
)

func TestNeighbours(t *testing.T) {
	tests := []struct {
		name  string
		id    graph.ID
		depth int
		o     Options
		want  []Neighbour
	}{
		{"depth1", 1, 1, Options{}, []Neighbour{{3, 1, graph.CoMention, 5}, {2, 1, graph.MemberOf, 3}}},
		{"depth2", 1, 2, Options{}, []Neighbour{{3, 1, graph.CoMention, 5}, {2, 1, graph.MemberOf, 3}, {4, 2, graph.CoMention, 2}}},
		{"depth3", 1, 3, Options{}, []Neighbour{
			{3, 1, graph.CoMention, 5}, {2, 1, graph.MemberOf, 3}, {4, 2, graph.CoMention, 2}, {7, 3, graph.CapitalOf, 2}, {5, 3, graph.CoMention, 1}}},
		{"beyond", 1, 10, Options{}, []Neighbour{
			{3, 1, graph.CoMention, 5}, {2, 1, graph.MemberOf, 3}, {4, 2, graph.CoMention, 2}, {7, 3, graph.CapitalOf, 2}, {5, 3, graph.CoMention, 1}}},
		// equal weights at one depth: by ID
		{"ties by id", 4, 1, Options{}, []Neighbour{{3, 1, graph.CoMention, 2}, {7, 1, graph.CapitalOf, 2}, {2, 1, graph.CoMention, 1}, {5, 1, graph.CoMention, 1}}},
		{"kinds/member_of", 1, 3, Options{Kinds: []graph.Kind{graph.MemberOf}}, []Neighbour{{2, 1, graph.MemberOf, 3}}},
		{"kinds/co_mention", 1, 1, Options{Kinds: []graph.Kind{graph.CoMention}}, []Neighbour{{3, 1, graph.CoMention, 5}, {2, 1, graph.CoMention, 3}}},
		{"unweighted has no effect", 1, 1, Options{Unweighted: true}, []Neighbour{{3, 1, graph.CoMention, 5}, {2, 1, graph.MemberOf, 3}}},
		{"isolated", 6, 2, Options{}, nil},
		{"depth0", 1, 0, Options{}, nil},
		{"unknown", 99, 2, Options{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Neighbours(neighbourGraph, tt.id, tt.depth, tt.o); !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestEgo(t *testing.T) {
	type rel struct {
		a, b graph.ID
		k    graph.Kind
	}
	tests := []struct {
		name     string
		id       graph.ID
		depth    int
		o        Options
		entities []graph.ID
		rels     []rel
	}{
		{"depth1", 1, 1, Options{}, []graph.ID{1, 2, 3}, []rel{{1, 2, graph.CoMention}, {1, 3, graph.CoMention}, {2, 1, graph.MemberOf}}},
		{"depth1/co_mention", 1, 1, Options{Kinds: []graph.Kind{graph.CoMention}}, []graph.ID{1, 2, 3}, []rel{{1, 2, graph.CoMention}, {1, 3, graph.CoMention}}},
		{"depth2", 1, 2, Options{}, []graph.ID{1, 2, 3, 4},
			[]rel{{1, 2, graph.CoMention}, {1, 3, graph.CoMention}, {2, 1, graph.MemberOf}, {2, 4, graph.CoMention}, {3, 4, graph.CoMention}}},
		{"depth1/member_of", 4, 1, Options{Kinds: []graph.Kind{graph.MemberOf}}, []graph.ID{4, 7}, []rel{{7, 4, graph.MemberOf}}},
		{"depth0", 1, 0, Options{}, []graph.ID{1}, nil},
		{"isolated", 6, 3, Options{}, []graph.ID{6}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ego := Ego(neighbourGraph, tt.id, tt.depth, tt.o)
			var ids []graph.ID
			for _, e := range ego.Entities {
				ids = append(ids, e.ID)
			}
			var rels []rel
			for _, r := range ego.Relations {
				rels = append(rels, rel{r.Source, r.Target, r.Kind})
			}
			if !slices.Equal(ids, tt.entities) || !slices.Equal(rels, tt.rels) {
				t.Errorf("got %v %v, want %v %v", ids, rels, tt.entities, tt.rels)
			}
		})
	}
	if Ego(neighbourGraph, 99, 1, Options{}) != nil {
		t.Error("unknown entity: want nil")
	}
}
