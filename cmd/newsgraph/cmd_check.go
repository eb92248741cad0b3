package main

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

func newCheckCommand(g *globalOptions) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check",
		Short: "Verify the store's files and the graph's consistency",
		Long: `Run every integrity check on the store, reading all of it: the Badger files'
own checksums (MANIFEST, every table block, memtable logs, value log entries)
and the graph's consistency (every mention, relation, evidence sentence, name
and index refers to what is stored). Exits 0 only when the store is sound;
a damaged store exits 2 with one line per problem, naming the file.

With --json, prints {store, sound, tables, memtable_logs, value_logs, keys,
articles, entities, relations, problems}.
` + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runCheck(g, asJSON) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document")
	return c
}

func runCheck(g *globalOptions, asJSON bool) error {
	r, err := store.Verify(g.db)
	if err != nil {
		return err
	}
	if asJSON {
		if err := writeJSON(g.stdout, r); err != nil {
			return err
		}
	} else if r.Sound {
		fmt.Fprintf(g.stdout, "%s is sound: %d table files, %d memtable logs, %d value logs, %d keys read; %d articles, %d entities, %d relations\n",
			r.Dir, r.Tables, r.MemLogs, r.ValueLogs, r.Keys, r.Articles, r.Entities, r.Relations)
	}
	if r.Sound {
		return nil
	}
	if asJSON {
		return &exitError{code: exitStore, err: r.Err, quiet: true}
	}
	for _, p := range r.Problems[1:] {
		fmt.Fprintf(g.stderr, "newsgraph: %s\n", safe(p))
	}
	return &exitError{code: exitStore, err: r.Err}
}
