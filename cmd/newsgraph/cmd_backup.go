package main

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

func newBackupCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: "Write the whole store to one file",
		Long: `Write the whole store to FILE as one consistent snapshot: Badger's backup
stream, with the store's schema version in a header and the stream's length and
checksum in an end line. The store is opened read-only, so queries may run
meanwhile (an ingest may not). FILE is replaced only once the new backup is
complete. Bring it back with "newsgraph restore FILE --db NEWDIR".
` + exitHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := store.BackupFile(g.db, args[0]); err != nil {
				return err
			}
			fmt.Fprintf(g.stderr, "newsgraph: %s backed up to %s\n", g.db, args[0])
			return nil
		},
	}
}
