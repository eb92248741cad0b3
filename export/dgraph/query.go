package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/graph"
)

// ClusterCounts are the numbers of nodes of each type in the cluster, and
// of links from relations to their evidence sentences.
type ClusterCounts struct {
	Entities, Relations, Evidence, Sentences, Articles int
}

// Count counts the cluster's nodes by type. Evidence is the number of
// links from relations to sentences (the store's evidence count);
// Sentences the number of sentence nodes, each shared by the relations it
// supports.
func Count(ctx context.Context, dg *dgo.Dgraph) (ClusterCounts, error) {
	const q = `{
	e(func: type(Entity)) { n: count(uid) }
	r(func: type(Relation)) { n: count(uid) }
	var(func: type(Relation)) { links as count(ng_evidence) }
	v() { n: sum(val(links)) }
	s(func: type(Evidence)) { n: count(uid) }
	a(func: type(Article)) { n: count(uid) }
}`
	resp, err := dg.NewReadOnlyTxn().Query(ctx, q)
	if err != nil {
		return ClusterCounts{}, err
	}
	var out map[string][]struct{ N float64 }
	if err := json.Unmarshal(resp.Json, &out); err != nil {
		return ClusterCounts{}, err
	}
	first := func(k string) int {
		if len(out[k]) == 0 {
			return 0
		}
		return int(out[k][0].N)
	}
	return ClusterCounts{first("e"), first("r"), first("v"), first("s"), first("a")}, nil
}

// Neighbour is an entity linked to another by a relation of Kind.
type Neighbour struct {
	Key  string     `json:"key"`
	Name string     `json:"name"`
	Type graph.Type `json:"type"`
	Kind graph.Kind `json:"kind"`
	// Out is true when the relation points from the asked entity to
	// this one (always true for co-mentions).
	Out bool `json:"out"`
}

// Neighbours returns the neighbours in the cluster of the entity with the
// given key, sorted by kind, direction and key.
func Neighbours(ctx context.Context, dg *dgo.Dgraph, key string) ([]Neighbour, error) {
	var b strings.Builder
	b.WriteString("query q($k: string) {\n\tq(func: eq(ng_key, $k)) {\n")
	for _, k := range graph.Kinds {
		p := relPredicate(k)
		fmt.Fprintf(&b, "\t\tout_%s: %s { ng_key ng_name ng_type }\n\t\tin_%s: ~%s { ng_key ng_name ng_type }\n", k, p, k, p)
	}
	b.WriteString("\t}\n}")
	resp, err := dg.NewReadOnlyTxn().QueryWithVars(ctx, b.String(), map[string]string{"$k": key})
	if err != nil {
		return nil, err
	}
	type node struct {
		Key  string `json:"ng_key"`
		Name string `json:"ng_name"`
		Type string `json:"ng_type"`
	}
	var out struct{ Q []map[string][]node }
	if err := json.Unmarshal(resp.Json, &out); err != nil {
		return nil, err
	}
	var ns []Neighbour
	seen := map[Neighbour]bool{}
	for _, m := range out.Q {
		for field, nodes := range m {
			dir, kind, _ := strings.Cut(field, "_")
			for _, n := range nodes {
				nb := Neighbour{Key: n.Key, Name: n.Name, Type: graph.Type(n.Type), Kind: graph.Kind(kind),
					Out: dir == "out" || !graph.Kind(kind).Directed()}
				if !seen[nb] {
					seen[nb] = true
					ns = append(ns, nb)
				}
			}
		}
	}
	slices.SortFunc(ns, compareNeighbours)
	return ns, nil
}

func compareNeighbours(a, b Neighbour) int {
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if a.Out != b.Out {
		if a.Out {
			return -1
		}
		return 1
	}
	return strings.Compare(a.Key, b.Key)
}

// LocalNeighbours gives the same answer as Neighbours from a local graph:
// what the cluster should hold for the entity with the given key.
func LocalNeighbours(g *graph.Graph, key string) []Neighbour {
	keys := EntityKeys(g)
	ids := map[graph.ID]*graph.Entity{}
	for i := range g.Entities {
		ids[g.Entities[i].ID] = &g.Entities[i]
	}
	var ns []Neighbour
	seen := map[Neighbour]bool{}
	add := func(id graph.ID, k graph.Kind, out bool) {
		e := ids[id]
		nb := Neighbour{Key: keys[id], Name: e.Name, Type: e.Type, Kind: k, Out: out || !k.Directed()}
		if !seen[nb] {
			seen[nb] = true
			ns = append(ns, nb)
		}
	}
	for _, r := range g.Relations {
		if keys[r.Source] == key {
			add(r.Target, r.Kind, true)
		}
		if keys[r.Target] == key {
			add(r.Source, r.Kind, false)
		}
	}
	slices.SortFunc(ns, compareNeighbours)
	return ns
}
