package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph/graph/store"
)

// openForIngest opens (or creates) the store an ingest writes to. With
// forceNew, a damaged store is moved aside (its files kept in
// DIR.damaged-N) and a new one is made in its place; without it, a
// damaged store is an error (exit 2) and nothing is written.
func openForIngest(dir string, forceNew bool, stderr io.Writer) (*store.Store, error) {
	s, err := store.Open(dir, store.Options{Create: true})
	if err == nil || !forceNew || !errors.Is(err, store.ErrDamaged) {
		return s, err
	}
	to, merr := store.MoveAside(dir)
	if merr != nil {
		return nil, fmt.Errorf("%w; moving it aside failed: %v", err, merr)
	}
	fmt.Fprintf(stderr, "newsgraph: %s was damaged; its files are kept in %s and a new store is made\n", dir, to)
	return store.Open(dir, store.Options{Create: true})
}
