// Command dgconverge converges stores against each other without a
// cluster: in rounds, each store in turn runs ingest.Converge against the
// shares every store would push (ingest.Bases, grouped by the node key a
// push gives them, each with the date of the node's earliest article over
// every store), as "push --converge" does against a Dgraph cluster the
// stores pushed into, until a round changes nothing. It prints what each
// round changed; then tools/dgraphkeys gives the keys the cluster would
// hold. For trying convergence rules on Reuters-21578's shards without
// a cluster (scripts/dgraph-reuters is the check).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

func main() {
	rounds := flag.Int("rounds", 6, "the most rounds to run")
	flag.Parse()
	if flag.NArg() < 2 {
		fmt.Fprintln(os.Stderr, "usage: dgconverge [-rounds N] STORE STORE...")
		os.Exit(2)
	}
	dirs := flag.Args()
	for round := 1; round <= *rounds; round++ {
		changed := false
		for _, dir := range dirs {
			known, err := knownOf(dirs)
			if err != nil {
				fail(err)
			}
			res, err := converge(dir, known)
			if err != nil {
				fail(fmt.Errorf("%s: %w", dir, err))
			}
			b, _ := json.Marshal(res)
			fmt.Printf("round %d %s: %s\n", round, filepath.Base(dir), b)
			changed = changed || res.Changed()
		}
		if !changed {
			fmt.Printf("fixed point after %d rounds\n", round)
			return
		}
	}
	fmt.Printf("no fixed point after %d rounds\n", *rounds)
	os.Exit(1)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "dgconverge:", err)
	os.Exit(1)
}

func converge(dir string, known []ingest.Known) (*ingest.Resolution, error) {
	tmp, err := os.MkdirTemp("", "dgconverge-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		return nil, err
	}
	res, err := ingest.Converge(s, known, filepath.Join(tmp, "union"))
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	return res, err
}

// node is what the cluster holds under one key: every store's share and
// the earliest article date.
type node struct {
	first string
	bases []ingest.Known
}

// knownOf returns what a converging store reads from a cluster every
// store of dirs pushed into.
func knownOf(dirs []string) ([]ingest.Known, error) {
	nodes := map[string]*node{}
	for _, dir := range dirs {
		if err := shares(dir, nodes); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
	}
	var out []ingest.Known
	for _, k := range slices.Sorted(maps.Keys(nodes)) {
		n := nodes[k]
		for _, b := range n.bases {
			if b.First == "" { // as cmd/newsgraph's knownBases
				b.First = n.first
			}
			out = append(out, b)
		}
	}
	return out, nil
}

func shares(dir string, nodes map[string]*node) error {
	s, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		return err
	}
	keys := dgraph.EntityKeys(g)
	first := ingest.FirstDates(g)
	bases, err := ingest.Bases(s)
	if err != nil {
		return err
	}
	for id, list := range bases {
		k, ok := keys[id]
		if !ok {
			continue
		}
		n := nodes[k]
		if n == nil {
			n = &node{first: first[id]}
			nodes[k] = n
		}
		if f := first[id]; f != "" && (n.first == "" || f < n.first) {
			n.first = f
		}
		n.bases = append(n.bases, list...)
	}
	return nil
}
