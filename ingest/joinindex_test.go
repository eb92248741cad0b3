package ingest

import (
	"maps"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestJoinIndexUpdates checks that the index joinAll updates between its
// rounds holds, after each round, what indexing the entities left afresh
// gives, and that the variant answers it keeps are those found afresh.
func TestJoinIndexUpdates(t *testing.T) {
	ents := []graph.Entity{
		{ID: 1, Name: "Norland Harbour Authority", Type: graph.Organization, Aliases: []string{"NHA"}},
		{ID: 2, Name: "NHA", Type: graph.Organization},
		{ID: 3, Name: "Norland Harbor Authority", Type: graph.Organization},
		{ID: 4, Name: "Harbour Authority", Type: graph.Organization},
		{ID: 5, Name: "Tova Brennholt", Type: graph.Person},
		{ID: 6, Name: "Brennholt", Type: graph.Person},
		{ID: 7, Name: "T. Brennholt", Type: graph.Person},
		{ID: 8, Name: "Kestrelmark Mining Board", Type: graph.Organization},
		{ID: 9, Name: "Kestrelmark Minning Board", Type: graph.Organization},
		{ID: 10, Name: "Kestrelmark Mining Boards", Type: graph.Organization},
		{ID: 11, Name: "Ostravel Freight Lines", Type: graph.Organization, Aliases: []string{"OFL"}},
		{ID: 12, Name: "OFL", Type: graph.Organization, Aliases: []string{"Ostravel Freight"}},
	}
	memo := newJoinMemo(len(ents))
	ix := newJoinIndex(ents, memo)
	cur := slices.Clone(ents)
	merged := 0
	for round := 0; round < 8; round++ {
		step := joins(cur, nil, nil, memo, ix)
		if len(step) == 0 {
			break
		}
		merged += len(step)
		cur = mergeStep(cur, step, memo, ix)
		fresh := newJoinIndex(cur, newJoinMemo(len(cur)))
		for _, m := range []struct {
			name      string
			got, want map[typedName][]graph.ID
		}{{"owners", ix.owners, fresh.owners}, {"named", ix.named, fresh.named}, {"forms", ix.forms, fresh.forms}} {
			if !sameSets(m.got, m.want) {
				t.Errorf("round %d: %s = %v, want %v", round, m.name, m.got, m.want)
			}
		}
		if !sameSets(ix.initials, fresh.initials) || !sameSets(ix.plain, fresh.plain) {
			t.Errorf("round %d: initials %v plain %v, want %v %v", round, ix.initials, ix.plain, fresh.initials, fresh.plain)
		}
		byID := map[graph.ID]*graph.Entity{}
		for i := range cur {
			byID[cur[i].ID] = &cur[i]
		}
		near := &nearNames{byID: byID, memo: newJoinMemo(len(cur)), forms: fresh.forms}
		for id, v := range ix.variants {
			if e, ok := byID[id]; ok {
				if got, ok := near.findVariant(e); got != v.id || ok != v.ok {
					t.Errorf("round %d: kept variant of %d = %v, found afresh %d %v", round, id, v, got, ok)
				}
			}
		}
	}
	if merged < 4 {
		t.Errorf("joins merged %d entities, want the test to merge at least 4", merged)
	}
}

// sameSets reports whether a and b map the same keys to the same sets.
func sameSets[K comparable](a, b map[K][]graph.ID) bool {
	return maps.EqualFunc(a, b, func(x, y []graph.ID) bool {
		return slices.Equal(slices.Sorted(slices.Values(x)), slices.Sorted(slices.Values(y)))
	})
}

// TestJoinIndexForgets checks that an entity entering the index under a
// variant form another entity has drops that entity's kept answer.
func TestJoinIndexForgets(t *testing.T) {
	ents := []graph.Entity{
		{ID: 1, Name: "Kestrelmark Mining Board", Type: graph.Organization},
		{ID: 2, Name: "Kestrelmark Minning Board", Type: graph.Organization},
	}
	memo := newJoinMemo(2)
	ix := newJoinIndex(ents[:1], memo)
	byID := map[graph.ID]*graph.Entity{1: &ents[0], 2: &ents[1]}
	near := &nearNames{byID: byID, memo: memo, forms: ix.forms, initials: ix.initials, variants: ix.variants}
	if id, ok := near.variant(&ents[0]); ok {
		t.Fatalf("variant of 1 alone = %d", id)
	}
	ix.add(&ents[1], memo)
	if id, ok := near.variant(&ents[0]); !ok || id != 2 {
		t.Errorf("variant of 1 = %d %v after 2 entered, want 2", id, ok)
	}
	ix.remove(&ents[1], memo)
	if id, ok := near.variant(&ents[0]); ok {
		t.Errorf("variant of 1 = %d after 2 left, want none", id)
	}
}
