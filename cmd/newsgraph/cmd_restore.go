package main

import (
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

func newRestoreCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "restore FILE",
		Short: "Make a new store from a backup file",
		Long: `Make a new store in --db from FILE, written by "newsgraph backup". The
directory must be absent or empty: a restore never overwrites a store. The
whole file is checked first (header, length, checksum), the store is built
beside the directory, checked, and renamed into place, so a failed restore
leaves nothing behind.
` + exitHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			err := store.RestoreFile(args[0], g.db)
			switch {
			case errors.Is(err, store.ErrNotEmpty):
				return &exitError{code: exitStore, err: err}
			case errors.Is(err, store.ErrBadBackup):
				return &exitError{code: exitFailure, err: err}
			case err != nil:
				return err
			}
			fmt.Fprintf(g.stderr, "newsgraph: %s restored into %s\n", args[0], g.db)
			return nil
		},
	}
}
