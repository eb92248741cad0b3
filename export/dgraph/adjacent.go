package dgraph

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/graph"
)

// Adjacent is a neighbour with the strongest relation that reaches it.
type Adjacent struct {
	Key    string     `json:"key"`
	Name   string     `json:"name"`
	Type   graph.Type `json:"type"`
	Kind   graph.Kind `json:"kind"`
	Weight int        `json:"weight"`
}

// Match is an entity of the cluster found by name.
type Match struct {
	Key      string     `json:"key"`
	Name     string     `json:"name"`
	Type     graph.Type `json:"type"`
	Mentions int        `json:"mentions"`
	// ID is the store ID of the entity in the store that last pushed it.
	ID graph.ID `json:"id"`
}

// FindEntities returns the entities of the cluster whose name or an alias
// is name as typed (outer spaces aside), or, for "#N", whose store ID is
// N: the exact stage of the store's name resolver. They come most
// mentioned first, then by store ID and key, as the resolver ranks them.
func FindEntities(ctx context.Context, dg *dgo.Dgraph, name string) ([]Match, error) {
	name = strings.TrimSpace(name)
	const fields = "{ ng_key ng_name ng_type ng_mentions ng_id }"
	q := "query q($n: string) {\n\tbyName(func: eq(ng_name, $n)) @filter(type(Entity)) " + fields +
		"\n\tbyAlias(func: eq(ng_alias, $n)) @filter(type(Entity)) " + fields + "\n}"
	vars := map[string]string{"$n": name}
	if id, err := strconv.ParseUint(strings.TrimPrefix(name, "#"), 10, 32); err == nil && strings.HasPrefix(name, "#") {
		q = "query q($id: int) {\n\tbyID(func: eq(ng_id, $id)) @filter(type(Entity)) " + fields + "\n}"
		vars = map[string]string{"$id": strconv.FormatUint(id, 10)}
	}
	var out map[string][]nodeJSON
	if err := query(ctx, dg, q, vars, &out); err != nil {
		return nil, err
	}
	var ms []Match
	seen := map[string]bool{}
	for _, group := range out {
		for _, n := range group {
			if !seen[n.Key] {
				seen[n.Key] = true
				ms = append(ms, Match{Key: n.Key, Name: n.Name, Type: graph.Type(n.Type), Mentions: n.Mentions, ID: graph.ID(n.ID)})
			}
		}
	}
	slices.SortFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID), strings.Compare(a.Key, b.Key))
	})
	return ms, nil
}

// AdjacentTo returns the entities one relation away from the entity with
// the given key, each with its strongest relation (highest weight, then
// any kind before co-mention, then by kind name: the rule of the local
// neighbours command), strongest first, then by key. Only relations whose
// kind follow accepts count.
func AdjacentTo(ctx context.Context, dg *dgo.Dgraph, key string, follow func(graph.Kind) bool) ([]Adjacent, error) {
	const q = `query q($k: string) {
	q(func: eq(ng_key, $k)) {
		out: ~ng_source { ng_kind ng_weight end: ng_target { ng_key ng_name ng_type } }
		in: ~ng_target { ng_kind ng_weight end: ng_source { ng_key ng_name ng_type } }
	}
}`
	resp, err := dg.NewReadOnlyTxn().QueryWithVars(ctx, q, map[string]string{"$k": key})
	if err != nil {
		return nil, err
	}
	type rel struct {
		Kind   string `json:"ng_kind"`
		Weight int    `json:"ng_weight"`
		End    struct {
			Key  string `json:"ng_key"`
			Name string `json:"ng_name"`
			Type string `json:"ng_type"`
		} `json:"end"`
	}
	var out struct {
		Q []struct{ Out, In []rel }
	}
	if err := json.Unmarshal(resp.Json, &out); err != nil {
		return nil, err
	}
	best := map[string]Adjacent{}
	for _, n := range out.Q {
		for _, r := range append(n.Out, n.In...) {
			if r.End.Key == key || r.End.Key == "" || !follow(graph.Kind(r.Kind)) {
				continue
			}
			a := Adjacent{Key: r.End.Key, Name: r.End.Name, Type: graph.Type(r.End.Type), Kind: graph.Kind(r.Kind), Weight: r.Weight}
			if b, ok := best[a.Key]; !ok || strongerAdjacent(a, b) {
				best[a.Key] = a
			}
		}
	}
	return sortAdjacent(best), nil
}

// strongerAdjacent is analytics' rule for the relation that reaches a
// neighbour.
func strongerAdjacent(a, b Adjacent) bool {
	if a.Weight != b.Weight {
		return a.Weight > b.Weight
	}
	if (a.Kind == graph.CoMention) != (b.Kind == graph.CoMention) {
		return b.Kind == graph.CoMention
	}
	return a.Kind < b.Kind
}

func sortAdjacent(m map[string]Adjacent) []Adjacent {
	out := make([]Adjacent, 0, len(m))
	for _, a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Adjacent) int { return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Key, b.Key)) })
	return out
}

// LocalAdjacent is AdjacentTo answered from a local graph, for comparing
// the cluster with the store it was pushed from.
func LocalAdjacent(g *graph.Graph, key string) []Adjacent {
	ents, rels, _ := records(g, Scores{})
	byKey := map[string]*record{}
	for _, e := range ents {
		byKey[e.key] = e
	}
	best := map[string]Adjacent{}
	for _, r := range rels {
		src, dst := r.edge[1], r.edge[2]
		for _, end := range [][2]string{{src, dst}, {dst, src}} {
			if end[0] != key || end[1] == key {
				continue
			}
			e := byKey[end[1]]
			a := Adjacent{Key: end[1], Name: e.body["ng_name"].(string), Type: graph.Type(e.body["ng_type"].(string)),
				Kind: graph.Kind(r.body["ng_kind"].(string)), Weight: r.body["ng_weight"].(int)}
			if b, ok := best[a.Key]; !ok || strongerAdjacent(a, b) {
				best[a.Key] = a
			}
		}
	}
	return sortAdjacent(best)
}
