package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// globalOptions are the options every command shares, and the streams it
// talks to (buffers in tests).
type globalOptions struct {
	db     string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// tty reports whether stderr is a terminal (progress bars go there).
	tty bool
}

func defaultDB() string {
	if v := os.Getenv("NEWSGRAPH_DB"); v != "" {
		return v
	}
	return "newsgraph.db"
}

func newRootCommand(g *globalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Turn news articles into a knowledge graph you can query and draw",
		Long: `newsgraph reads news articles (text, Markdown, HTML, JSON, JSON lines) and builds
a knowledge graph of the people, parties, countries, organizations, places and
events they mention. Each entity is merged across articles whatever spelling an
outlet used; each relation keeps the sentences that support it. The graph lives
in an embedded store (--db, default ./newsgraph.db or $NEWSGRAPH_DB).

Start with "newsgraph demo", or:
  newsgraph ingest articles/            # build or extend the graph
  newsgraph entities --type person      # what it found
  newsgraph show "Shehbaz Sharif"       # one entity, its relations and evidence
  newsgraph rank --by pagerank --top 10 # who is most central
  newsgraph export --format svg --out map.svg
` + exitHelp,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.PersistentFlags().StringVar(&g.db, "db", defaultDB(), "store directory (also $NEWSGRAPH_DB)")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitStore, err: fmt.Errorf("%w (see %q)", err, c.CommandPath()+" --help")}
	})
	root.AddCommand(
		newIngestCommand(g),
		newEntitiesCommand(g),
		newShowCommand(g),
		newNeighboursCommand(g),
		newPathCommand(g),
		newRankCommand(g),
		newCommunitiesCommand(g),
		newExportCommand(g),
		newStatsCommand(g),
		newPushCommand(g),
		newDemoCommand(g),
		newMergeCommand(g),
		newSplitCommand(g),
		newRenameCommand(g),
		newRetypeCommand(g),
		newAliasCommand(g),
		newCurateCommand(g),
		newDoctorCommand(g),
		newArticlesCommand(g),
		newNERCommand(g),
		newParseCommand(g),
		newEvalCommand(g),
		newCheckCommand(g),
		newBackupCommand(g),
		newRestoreCommand(g),
		newServeCommand(g),
	)
	return root
}

// run executes one command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globalOptions{stdin: stdin, stdout: stdout, stderr: stderr}
	if f, ok := stderr.(*os.File); ok {
		g.tty = term.IsTerminal(int(f.Fd()))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCommand(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if path := os.Getenv("NEWSGRAPH_CPUPROFILE"); path != "" {
		// For profiling a real run: NEWSGRAPH_CPUPROFILE=cpu.prof newsgraph ingest ...
		f, err := os.Create(path)
		if err != nil {
			return exitCode(fmt.Errorf("NEWSGRAPH_CPUPROFILE: %w", err), stderr)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return exitCode(fmt.Errorf("NEWSGRAPH_CPUPROFILE: %w", err), stderr)
		}
		defer pprof.StopCPUProfile()
	}
	err := root.ExecuteContext(ctx)
	if path := os.Getenv("NEWSGRAPH_MEMPROFILE"); path != "" {
		// What the run allocated (-sample_index=alloc_space) and the live
		// heap as of its last collection (inuse_space): go tool pprof.
		if perr := writeHeapProfile(path); perr != nil && err == nil {
			err = fmt.Errorf("NEWSGRAPH_MEMPROFILE: %w", perr)
		}
	}
	return exitCode(err, stderr)
}

// writeHeapProfile writes the heap profile to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
