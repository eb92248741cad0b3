// Command dgraphkeys prints the keys a push of each given store writes to
// Dgraph, entities then relations, one a line ("e <key>", "r <key>"): for
// comparing a cluster with the stores pushed into it (scripts/dgraph-reuters).
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph/store"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: dgraphkeys STORE...")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, dir := range os.Args[1:] {
		if err := keys(w, dir); err != nil {
			fmt.Fprintf(os.Stderr, "dgraphkeys: %s: %v\n", dir, err)
			os.Exit(1)
		}
	}
}

func keys(w *bufio.Writer, dir string) error {
	s, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	g, err := s.Load(store.LoadOptions{})
	if err != nil {
		return err
	}
	ek := dgraph.EntityKeys(g)
	for _, k := range ek {
		fmt.Fprintln(w, "e", k)
	}
	for _, r := range g.Relations {
		fmt.Fprintln(w, "r", dgraph.RelationKey(r.Kind, ek[r.Source], ek[r.Target]))
	}
	return nil
}
