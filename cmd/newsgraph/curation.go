package main

import (
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// curationHelp ends the help of every curating command.
const curationHelp = `
Curations never change what extraction stored: each is an entry in the store's
curation log, applied whenever the graph is read. So they survive re-ingest,
apply to articles ingested later, and "newsgraph curate undo" restores the
graph exactly. "newsgraph curate log" lists them.
`

// curateResult is what a curating command reports with --json.
type curateResult struct {
	DryRun   bool            `json:"dry_run,omitempty"`
	Curation *store.Curation `json:"curation"`
	// Entities are the entities the curation produced, as the graph now
	// shows them (for a dry run, as it would).
	Entities []graph.Entity `json:"entities"`
	// Before are the entities the curation acted on, as they were.
	Before []graph.Entity `json:"before"`
	// Relations counts the relations before and after.
	RelationsBefore int `json:"relations_before"`
	RelationsAfter  int `json:"relations_after"`
}

// errDryRun discards the transaction of a dry run.
var errDryRun = errors.New("dry run")

// curate opens the store for writing, builds a curation from the graph as
// it is, adds it, and loads the graph with it applied inside the same
// transaction. check may reject the result (the transaction is then
// discarded); a dry run is always discarded.
func curate(g *globalOptions, dry bool, build func(*graph.Graph) (store.Curation, error),
	check func(t *store.Txn, after *graph.Graph, c *store.Curation) ([]graph.Entity, error)) (*curateResult, error) {
	s, err := store.Open(g.db, store.Options{})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	before, err := s.Load(store.LoadOptions{})
	if err != nil {
		return nil, err
	}
	c, err := build(before)
	if err != nil {
		return nil, err
	}
	res := &curateResult{DryRun: dry, RelationsBefore: len(before.Relations), Before: entitiesByID(before, append([]graph.ID{c.Entity}, c.Others...)...)}
	err = s.Update(func(t *store.Txn) error {
		added, err := t.AddCuration(c)
		if err != nil {
			return err
		}
		after, err := t.Load(store.LoadOptions{})
		if err != nil {
			return err
		}
		res.Curation, res.RelationsAfter = added, len(after.Relations)
		if res.Entities, err = check(t, after, added); err != nil {
			return err
		}
		if dry {
			return errDryRun
		}
		return nil
	})
	if err != nil && !errors.Is(err, errDryRun) {
		return nil, err
	}
	return res, nil
}

// entitiesByID returns the entities of g with the given IDs, skipping
// absent ones.
func entitiesByID(g *graph.Graph, ids ...graph.ID) []graph.Entity {
	out := []graph.Entity{}
	for _, id := range ids {
		if e := g.Entity(id); e != nil {
			out = append(out, *e)
		}
	}
	return out
}

// keep returns the entity a curation acted on, as check functions want.
func keep(_ *store.Txn, after *graph.Graph, c *store.Curation) ([]graph.Entity, error) {
	return entitiesByID(after, c.Entity), nil
}

// report prints what a curating command did.
func report(g *globalOptions, res *curateResult, jsonOut bool) error {
	if jsonOut {
		return writeJSON(g.stdout, res)
	}
	c := res.Curation
	if res.DryRun {
		fmt.Fprintf(g.stdout, "dry run (nothing changed): %s\n", safe(c.Summary))
	} else {
		fmt.Fprintf(g.stdout, "curation %d: %s (undo with \"newsgraph curate undo %d\")\n", c.N, safe(c.Summary), c.N)
	}
	fmt.Fprintf(g.stdout, "  before:\n")
	for _, e := range res.Before {
		fmt.Fprintf(g.stdout, "    %s (#%d, %s): %d mentions in %d articles\n", safe(e.Name), e.ID, e.Type, e.Mentions, e.Articles)
	}
	fmt.Fprintf(g.stdout, "  after:\n")
	for _, e := range res.Entities {
		fmt.Fprintf(g.stdout, "    %s (#%d, %s): %d mentions in %d articles\n", safe(e.Name), e.ID, e.Type, e.Mentions, e.Articles)
	}
	fmt.Fprintf(g.stdout, "  relations: %d before, %d after\n", res.RelationsBefore, res.RelationsAfter)
	return nil
}

// describe names an entity for a curation summary.
func describe(e *graph.Entity) string {
	return fmt.Sprintf("%s (#%d, %s)", quote(e.Name), e.ID, e.Type)
}
