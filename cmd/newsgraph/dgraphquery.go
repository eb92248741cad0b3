package main

import (
	"context"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// dgraphNeighbours answers neighbours from a Dgraph cluster: depth 1 only,
// the name matched exactly (names and aliases), since the cluster holds
// keys rather than the store's IDs.
func dgraphNeighbours(g *globalOptions, o *neighboursOptions, name string, kinds []graph.Kind) ([]neighbourRow, error) {
	if o.depth != 1 {
		return nil, failf(exitStore, "neighbours --dgraph: only --depth 1")
	}
	if so := o.slice.o; so.Source != "" || so.Since != "" || so.Until != "" || so.MinConfidence != 0 || o.slice.weight != "sentences" {
		return nil, failf(exitStore, "neighbours --dgraph: --source, --since, --until, --weight and --min-confidence need the store")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dg, closeConn, err := dgraph.Dial(ctx, o.dgraph, nil)
	if err != nil {
		return nil, failf(exitFailure, "neighbours: %v", err)
	}
	defer closeConn()
	keys, err := dgraph.FindKeys(ctx, dg, name)
	if err != nil {
		return nil, failf(exitFailure, "neighbours: dgraph %s: %v", o.dgraph, oneLineErr(err))
	}
	if len(keys) == 0 {
		return nil, failf(exitFailure, "no entity named %s in Dgraph at %s", quote(name), o.dgraph)
	}
	follow := func(k graph.Kind) bool { return len(kinds) == 0 || slices.Contains(kinds, k) }
	adj, err := dgraph.AdjacentTo(ctx, dg, keys[0], follow)
	if err != nil {
		return nil, failf(exitFailure, "neighbours: dgraph %s: %v", o.dgraph, oneLineErr(err))
	}
	rows := []neighbourRow{}
	for _, a := range adj {
		rows = append(rows, neighbourRow{Name: a.Name, Type: a.Type, Kind: a.Kind, Weight: a.Weight, Depth: 1})
	}
	return rows, nil
}
