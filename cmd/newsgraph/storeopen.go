package main

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
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

// nameResolver finds entities by the names users type, dropping titles
// the extractor knows ("Mr", "Prime Minister").
var nameResolver = names.Resolver{Title: entities.TitleWord}

// findOne resolves a name given on the command line to one entity, or
// fails with exit status 1 and suggestions.
func findOne(gr *graph.Graph, name string) (*graph.Entity, error) {
	found := nameResolver.Find(gr, name)
	if len(found) > 0 {
		return found[0], nil
	}
	msg := "no entity named " + quote(name)
	if sug := nameResolver.Suggest(gr, name, 5); len(sug) > 0 {
		names := make([]string, len(sug))
		for i, e := range sug {
			names[i] = quote(e.Name)
		}
		msg += "; did you mean " + strings.Join(names, ", ") + "?"
	}
	return nil, failf(exitFailure, "%s", msg)
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
