package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// convergeReport says what push --converge changed before pushing.
type convergeReport struct {
	ingest.Resolution
	// Forgotten counts keys the push state held that the cluster lacks
	// (another store's push deleted them): the push sends them again.
	Forgotten int `json:"forgotten"`
}

// converge resolves the store's entities against the cluster's (every
// entity node, with the date of its first article, as the stores' shares
// say their linkers made it; see ingest.Converge),
// changes the store to agree, and makes the push state forget keys the
// cluster lacks.
func converge(ctx context.Context, g *globalOptions, dg *dgo.Dgraph, st dgraph.State) (*convergeReport, error) {
	known, err := dgraph.Entities(ctx, dg)
	if err != nil {
		return nil, err
	}
	rels, err := dgraph.Keys(ctx, dg, "Relation")
	if err != nil {
		return nil, err
	}
	present := make(map[string]bool, len(known)+len(rels))
	for _, k := range known {
		present[k.Key] = true
	}
	kn := knownBases(known)
	for k := range rels {
		present[k] = true
	}
	tmp, err := os.MkdirTemp("", "newsgraph-converge-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	s, err := store.Open(g.db, store.Options{})
	if err != nil {
		return nil, err
	}
	res, err := ingest.Converge(s, kn, filepath.Join(tmp, "union"))
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	rep := &convergeReport{Resolution: *res}
	rep.Forgotten, err = dgraph.Forget(st, func(k string) bool { return present[k] })
	return rep, err
}
