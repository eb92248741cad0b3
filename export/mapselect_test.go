package export

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func entities(n int) []graph.Entity {
	var es []graph.Entity
	for i := 1; i <= n; i++ {
		es = append(es, graph.Entity{ID: graph.ID(i), Name: string(rune('A' - 1 + i)), Type: graph.Person, Mentions: 10 - i})
	}
	return es
}

func co(a, b graph.ID, w int) graph.Relation {
	return graph.Relation{Source: a, Target: b, Kind: graph.CoMention, Weight: w}
}

func pairs(g *graph.Graph) [][3]any {
	var out [][3]any
	for _, r := range g.Relations {
		out = append(out, [3]any{r.Source, r.Target, r.Kind})
	}
	return out
}

// TestBackbone works the disparity filter out by hand on a star around 1
// with one strong tie (1–2, weight 10 of 1's strength 14: p-value at 1 is
// (4/14)^4 ≈ 0.0067) and weak ties elsewhere (1–3 has p-value 0.5 at 3,
// 2–3 has 0.5 at 3 and 10/11 at 2).
func TestBackbone(t *testing.T) {
	g := &graph.Graph{
		Entities: entities(6),
		Relations: []graph.Relation{
			co(1, 2, 10), co(1, 3, 1), co(1, 4, 1), co(1, 5, 1), co(1, 6, 1), co(2, 3, 1),
			{Source: 3, Target: 4, Kind: graph.HoldsRole, Weight: 1},
		},
	}
	tests := []struct {
		name string
		o    BackboneOptions
		want [][3]any
	}{
		{
			// 1–2 is significant; 1–3 is 3's strongest tie (tied with 2–3,
			// the first wins), 1–4, 1–5 and 1–6 the only ties of 4, 5
			// and 6; 2–3 goes; the typed relation stays.
			"default", BackboneOptions{},
			[][3]any{{graph.ID(1), graph.ID(2), graph.CoMention}, {graph.ID(1), graph.ID(3), graph.CoMention},
				{graph.ID(1), graph.ID(4), graph.CoMention}, {graph.ID(1), graph.ID(5), graph.CoMention},
				{graph.ID(1), graph.ID(6), graph.CoMention}, {graph.ID(3), graph.ID(4), graph.HoldsRole}},
		},
		{
			// Keep forces 2–3 in.
			"keep", BackboneOptions{Keep: func(r *graph.Relation) bool { return r.Source == 2 }},
			[][3]any{{graph.ID(1), graph.ID(2), graph.CoMention}, {graph.ID(1), graph.ID(3), graph.CoMention},
				{graph.ID(1), graph.ID(4), graph.CoMention}, {graph.ID(1), graph.ID(5), graph.CoMention},
				{graph.ID(1), graph.ID(6), graph.CoMention}, {graph.ID(2), graph.ID(3), graph.CoMention},
				{graph.ID(3), graph.ID(4), graph.HoldsRole}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairs(Backbone(g, tt.o))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
	if len(g.Relations) != 7 {
		t.Error("Backbone modified its input")
	}
}

// TestBackboneCap checks the cap: in a clique of 8 where every node has
// one heavy tie, with every tie significant (alpha above 1), a cap of 1
// per node keeps 8 relations: the 4 heavy ties and the 4 most significant
// others.
func TestBackboneCap(t *testing.T) {
	g := &graph.Graph{Entities: entities(8)}
	for a := graph.ID(1); a <= 8; a++ {
		for b := a + 1; b <= 8; b++ {
			w := 1
			if b == a+1 && a%2 == 1 {
				w = 50
			}
			g.Relations = append(g.Relations, co(a, b, w))
		}
	}
	got := Backbone(g, BackboneOptions{EdgesPerNode: 1, Alpha: 1.01})
	heavy := 0
	for _, r := range got.Relations {
		if r.Weight == 50 {
			heavy++
		}
	}
	if len(got.Relations) != 8 || heavy != 4 {
		t.Errorf("kept %d co-mentions (%d heavy), want 8 with the 4 heavy ones: %v", len(got.Relations), heavy, pairs(got))
	}
	all := Backbone(g, BackboneOptions{EdgesPerNode: -1, Alpha: 1.01})
	if len(all.Relations) != len(g.Relations) {
		t.Errorf("alpha above 1 without a cap kept %d of %d", len(all.Relations), len(g.Relations))
	}
}

func TestFocusLimit(t *testing.T) {
	g := &graph.Graph{
		Entities: entities(5),
		Relations: []graph.Relation{
			{Source: 1, Target: 2, Kind: graph.MemberOf, Weight: 1},
			co(1, 3, 5), co(1, 4, 2), co(3, 5, 9),
		},
	}
	var ids []graph.ID
	for _, e := range FocusLimit(g, 1, 3).Entities {
		ids = append(ids, e.ID)
	}
	// The typed tie first, then the heavier co-mention; 5 is not adjacent.
	if want := []graph.ID{1, 2, 3}; !slices.Equal(ids, want) {
		t.Errorf("kept %v, want %v", ids, want)
	}
	if got := FocusLimit(g, 1, 0); len(got.Entities) != 5 {
		t.Errorf("limit 0 kept %d entities, want all 5", len(got.Entities))
	}
}

func TestStory(t *testing.T) {
	g := &graph.Graph{
		Entities:  entities(4),
		Relations: []graph.Relation{{Source: 1, Target: 2, Kind: graph.Visits, Weight: 1}, co(1, 3, 4), co(3, 4, 1)},
	}
	s := Story(g)
	if len(s.Entities) != 2 || len(s.Relations) != 1 || s.Relations[0].Kind != graph.Visits {
		t.Errorf("story has %d entities and relations %v, want A, B and the visit", len(s.Entities), pairs(s))
	}
}

func TestCommunityNames(t *testing.T) {
	g := &graph.Graph{Entities: entities(4)}
	member := map[graph.ID]int{1: 0, 2: 0, 3: 0, 4: 7}
	scores := map[graph.ID]float64{1: 0.1, 2: 0.5, 3: 0.3, 4: 0.2}
	got := CommunityNames(g, member, scores, 2)
	if got[0] != "B · C" || got[7] != "D" {
		t.Errorf("names %v, want B · C and D", got)
	}
	// Without scores, by mentions (A has the most).
	if got := CommunityNames(g, member, nil, 2); got[0] != "A · B" {
		t.Errorf("by mentions %q, want A · B", got[0])
	}
}
