package main

import (
	"fmt"
	"strconv"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type curateLogOptions struct{ json bool }

type curateUndoOptions struct{ json bool }

func newCurateCommand(g *globalOptions) *cobra.Command {
	c := &cobra.Command{
		Use:   "curate",
		Short: "List or undo curations (merge, split, rename, retype, alias)",
		Long: `List the curation log, or undo an entry of it.

  newsgraph curate log      every curation, oldest first, with its number
  newsgraph curate undo     undo the last active curation
  newsgraph curate undo 3   undo curation 3 (later ones stay)
` + curationHelp + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	lo := &curateLogOptions{}
	log := &cobra.Command{
		Use:   "log",
		Short: "List the curations, oldest first",
		Long: `List the curation log, oldest first: number, time, operation, state (active or
undone) and what the curation did.

With --json, prints [{n, op, time, entity, others, name, type, keys, new_id,
summary, undone}].
` + curationHelp + exitHelp,
		Example: `  newsgraph curate log
  newsgraph curate log --json | jq '.[] | select(.undone == null)'`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runCurateLog(g, lo) },
	}
	log.Flags().BoolVar(&lo.json, "json", false, "print one JSON document")
	uo := &curateUndoOptions{}
	undo := &cobra.Command{
		Use:   "undo [N]",
		Short: "Undo the last curation, or curation N",
		Long: `Undo a curation: the last active one, or number N from "newsgraph curate log".
The entry stays in the log, marked undone; the graph is then exactly what it
would be without it. Undoing an entry that later entries build on (renaming an
entity split off, say) leaves those entries with nothing to act on.

With --json, prints the undone entry.
` + curationHelp + exitHelp,
		Example: `  newsgraph curate undo
  newsgraph curate undo 2`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return runCurateUndo(g, uo, args) },
	}
	undo.Flags().BoolVar(&uo.json, "json", false, "print the undone entry as JSON")
	c.AddCommand(log, undo)
	return c
}

func runCurateLog(g *globalOptions, o *curateLogOptions) error {
	s, err := openRead(g)
	if err != nil {
		return err
	}
	defer s.Close()
	var log []store.Curation
	if err := s.View(func(t *store.Txn) error {
		log, err = t.Curations()
		return err
	}); err != nil {
		return err
	}
	if log == nil {
		log = []store.Curation{}
	}
	if o.json {
		return writeJSON(g.stdout, log)
	}
	if len(log) == 0 {
		fmt.Fprintln(g.stdout, "no curations")
		return nil
	}
	w := table(g.stdout)
	fmt.Fprintf(w, "N\tTIME\tOP\tSTATE\tWHAT\n")
	for _, c := range log {
		state := "active"
		if !c.Active() {
			state = "undone " + c.Undone
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", c.N, c.Time, c.Op, state, safe(c.Summary))
	}
	return w.Flush()
}

func runCurateUndo(g *globalOptions, o *curateUndoOptions, args []string) error {
	n := 0
	if len(args) == 1 {
		var err error
		if n, err = strconv.Atoi(args[0]); err != nil || n < 1 {
			return failf(exitStore, "curation number %q is not a positive integer", args[0])
		}
	}
	s, err := store.Open(g.db, store.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	var c *store.Curation
	err = s.Update(func(t *store.Txn) error {
		c, err = t.UndoCuration(n)
		return err
	})
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	if o.json {
		return writeJSON(g.stdout, c)
	}
	fmt.Fprintf(g.stdout, "undid curation %d: %s\n", c.N, safe(c.Summary))
	return nil
}
