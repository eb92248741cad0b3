package main

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// openRead opens the store for a query command.
func openRead(g *globalOptions) (*store.Store, error) {
	return store.Open(g.db, store.Options{ReadOnly: true})
}

// loadGraph opens the store read-only and loads it, keeping up to
// evidence sentences per relation (negative: all).
func loadGraph(g *globalOptions, evidence int) (*graph.Graph, error) {
	s, err := openRead(g)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Load(store.LoadOptions{Evidence: evidence})
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
