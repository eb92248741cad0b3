// Command dgraphkeys prints the keys a push of each given store writes to
// Dgraph, entities then relations, one a line ("e <key>", "r <key>"): for
// comparing a cluster with the stores pushed into it (scripts/dgraph-reuters).
// With -articles it prints instead, for each article, the keys of the
// entities it mentions ("a <article ID> <key> <name>", tab-separated):
// for telling which entities a mention went to in one store and in the
// shards (the article IDs are hashes of the text, the same in every store).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

func main() {
	articles := flag.Bool("articles", false, "print the entity keys of each article's mentions")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: dgraphkeys [-articles] STORE...")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, dir := range flag.Args() {
		if err := keys(w, dir, *articles); err != nil {
			fmt.Fprintf(os.Stderr, "dgraphkeys: %s: %v\n", dir, err)
			os.Exit(1)
		}
	}
}

func keys(w *bufio.Writer, dir string, articles bool) error {
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
	if articles {
		name := make(map[graph.ID]string, len(g.Entities))
		for _, e := range g.Entities {
			name[e.ID] = e.Name
		}
		for _, a := range g.Articles {
			for _, id := range a.Entities {
				fmt.Fprintf(w, "a\t%s\t%s\t%s\n", a.ID, ek[id], name[id])
			}
		}
		return nil
	}
	for _, k := range ek {
		fmt.Fprintln(w, "e", k)
	}
	for _, r := range g.Relations {
		fmt.Fprintln(w, "r", dgraph.RelationKey(r.Kind, ek[r.Source], ek[r.Target]))
	}
	return nil
}
