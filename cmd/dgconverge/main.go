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
	keep := flag.String("keep", "", "leave each store's last union (the scratch store Converge builds) in `DIR`/<store>, for reading with newsgraph --db")
	flag.Parse()
	if flag.NArg() < 2 {
		fmt.Fprintln(os.Stderr, "usage: dgconverge [-rounds N] [-keep DIR] STORE STORE...")
		os.Exit(2)
	}
	dirs := flag.Args()
	// What each store shares, read again only after it converged: the
	// others' shares have not changed since they were read.
	shares := make([]map[string]node, len(dirs))
	for i, dir := range dirs {
		var err error
		if shares[i], err = sharesOf(dir); err != nil {
			fail(fmt.Errorf("%s: %w", dir, err))
		}
	}
	for round := 1; round <= *rounds; round++ {
		changed := false
		for i, dir := range dirs {
			res, err := converge(dir, knownOf(shares), *keep)
			if err != nil {
				fail(fmt.Errorf("%s: %w", dir, err))
			}
			if shares[i], err = sharesOf(dir); err != nil {
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

func converge(dir string, known []ingest.Known, keep string) (*ingest.Resolution, error) {
	tmp, err := os.MkdirTemp("", "dgconverge-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	union := filepath.Join(tmp, "union")
	if keep != "" {
		union = filepath.Join(keep, filepath.Base(dir))
		if err := os.RemoveAll(union); err != nil {
			return nil, err
		}
	}
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		return nil, err
	}
	res, err := ingest.Converge(s, known, union)
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
// store pushed into, given what each shares by node key.
func knownOf(shares []map[string]node) []ingest.Known {
	nodes := map[string]*node{}
	for _, sh := range shares {
		for k, s := range sh {
			n := nodes[k]
			if n == nil {
				n = &node{first: s.first}
				nodes[k] = n
			}
			if f := s.first; f != "" && (n.first == "" || f < n.first) {
				n.first = f
			}
			n.bases = append(n.bases, s.bases...)
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
	return out
}

// sharesOf returns what the store at dir shares, by the node key a push
// gives each entity: its bases and its first article's date.
func sharesOf(dir string) (map[string]node, error) {
	s, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		return nil, err
	}
	keys := dgraph.EntityKeys(g)
	first := ingest.FirstDates(g)
	bases, err := ingest.Bases(s)
	if err != nil {
		return nil, err
	}
	out := make(map[string]node, len(bases))
	for id, list := range bases {
		if k, ok := keys[id]; ok {
			out[k] = node{first: first[id], bases: list}
		}
	}
	return out, nil
}
