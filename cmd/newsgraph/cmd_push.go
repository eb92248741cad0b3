package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/spf13/cobra"
)

type pushOptions struct {
	addr     string
	dryRun   bool
	asJSON   bool
	full     bool
	batch    int
	workers  int
	tls      tlsFlags
	converge bool
}

func newPushCommand(g *globalOptions) *cobra.Command {
	var o pushOptions
	c := &cobra.Command{
		Use:   "push --dgraph HOST:PORT[,HOST:PORT...]",
		Short: "Push the graph into a Dgraph cluster",
		Long: `Push the store's graph into a Dgraph cluster over gRPC (the alpha's gRPC
port, 9080 by default): entities, relations with their evidence sentences,
and articles, each an upsert on a stable key, so a node another machine
pushed is updated rather than duplicated (see export/dgraph). Give several
alphas, separated by commas, to spread the requests over them.

The push remembers what it sent in dgraph-push-<address>.json next to the
store: a second push sends nothing, a push after more ingest sends only what
changed, and entities merged, renamed or split away are deleted from the
cluster. --full sends everything again (for a cluster that was wiped).

Several stores that each ingested part of a corpus push into one cluster,
which then holds their union. --converge makes it the graph one store of
the whole corpus would hold: it first resolves this store's entities
against every entity of the cluster, with the rules ingest links by (a
short form meets its full name, a surname the one full name with it),
changes the store to agree (joins, and the names and gazetteer entries the
union gives; joins the union does not make are undone), then pushes what
changed. Every push also writes the store's share of each entity node: the
entities, as its linker left them, that the entity stands for, so that the
stores resolve what their linkers made, whatever each store joined. Run it
from every store, in turn, until a round changes nothing.

Connections are plain text unless --tls, --tls-ca or --tls-server-name is
given; use TLS for any cluster beyond loopback.

With --json, prints {entities, sentences, relations, articles (each total,
sent, deleted), requests, retries, evidence (links from the relations sent to
their sentences), seconds}, and with --converge also converge: {known,
local, merged, unjoined, renamed, entries, forgotten}.
` + exitHelp,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runPush(c, g, &o) },
	}
	f := c.Flags()
	f.StringVar(&o.addr, "dgraph", "", "gRPC address of a Dgraph alpha (HOST:PORT), or several separated by commas")
	f.BoolVar(&o.dryRun, "dry-run", false, "say what would be sent, send nothing")
	f.BoolVar(&o.asJSON, "json", false, "print one JSON document")
	f.BoolVar(&o.full, "full", false, "ignore what earlier pushes sent and send everything")
	f.IntVar(&o.batch, "batch", 100, "records per request")
	f.IntVar(&o.workers, "workers", 8, "requests in flight")
	o.tls.register(f)
	f.BoolVar(&o.converge, "converge", false, "first resolve the store's entities against the cluster's and change the store to agree (several stores pushing one corpus)")
	return c
}

// pushStatePath names the state file of pushes from store db to the
// cluster at addr. With several alphas (a list) the first names the
// cluster, so pushing through one alpha or through several shares a state.
func pushStatePath(db, addr string) string {
	addr, _, _ = strings.Cut(addr, ",")
	addr = strings.TrimSpace(addr)
	safe := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' {
			return r
		}
		return '_'
	}, addr)
	return filepath.Join(db, "dgraph-push-"+safe+".json")
}

func runPush(c *cobra.Command, g *globalOptions, o *pushOptions) error {
	if o.addr == "" {
		return failf(exitStore, "push: --dgraph HOST:PORT is required")
	}
	if o.converge && (o.dryRun || o.full) {
		return failf(exitFailure, "push: --converge changes the store and pushes what changed: not with --dry-run or --full")
	}
	tc, err := o.tls.config()
	if err != nil {
		return failf(exitFailure, "push: %v", err)
	}
	ctx := c.Context()
	var dg *dgo.Dgraph // nil for a dry run
	if !o.dryRun {
		var closeConn func() error
		if dg, closeConn, err = dgraph.Dial(ctx, o.addr, tc); err != nil {
			return failf(exitFailure, "push: %v", err)
		}
		defer closeConn()
	}
	var st dgraph.State = dgraph.FileState{Path: pushStatePath(g.db, o.addr)}
	if o.full {
		st = &dgraph.MemState{}
	}
	rep := pushReport{}
	if o.converge {
		if rep.Converge, err = converge(ctx, g, dg, st); err != nil {
			return failf(exitFailure, "push --converge with %s: %v", o.addr, oneLineErr(err))
		}
	}
	po, gr, err := pushInput(g, o)
	if err != nil {
		return err
	}
	if rep.Result, err = dgraph.Push(ctx, dg, gr, st, po); err != nil {
		// What was committed is in the state: a rerun sends the rest.
		return failf(exitFailure, "push to %s: %v (push again to send the rest)", o.addr, oneLineErr(err))
	}
	if o.full && !o.dryRun {
		// A full push leaves the cluster equal to the graph: record that.
		if serr := (dgraph.FileState{Path: pushStatePath(g.db, o.addr)}).Save(mustLoad(st)); serr != nil {
			return failf(exitFailure, "push: save state: %v", serr)
		}
	}
	if o.asJSON {
		return writeJSON(g.stdout, rep)
	}
	printPush(g, o, &rep)
	return nil
}

// pushReport is what push prints: the push's counts, and with --converge
// what converging changed first.
type pushReport struct {
	Converge *convergeReport `json:"converge,omitempty"`
	*dgraph.Result
}

// pushInput loads the store's graph with its scores, and the push's
// options.
func pushInput(g *globalOptions, o *pushOptions) (dgraph.Options, *graph.Graph, error) {
	gr, err := loadGraph(g, -1)
	if err != nil {
		return dgraph.Options{}, nil, err
	}
	pr, err := analytics.Centrality(gr, analytics.PageRank, analytics.Options{})
	if err != nil {
		return dgraph.Options{}, nil, err
	}
	comm, _, err := analytics.Communities(gr, analytics.Options{})
	if err != nil {
		return dgraph.Options{}, nil, err
	}
	po := dgraph.Options{Scores: dgraph.Scores{PageRank: pr, Community: comm}, Batch: o.batch, Workers: o.workers, DryRun: o.dryRun}
	if err := pushShares(g, &po); err != nil {
		return dgraph.Options{}, nil, err
	}
	po.Progress = func(phase string, done, total int) {
		if g.tty {
			fmt.Fprintf(g.stderr, "\rpush %-9s %d/%d", phase, done, total)
			if done == total {
				fmt.Fprintln(g.stderr)
			}
		} else if done == total {
			fmt.Fprintf(g.stderr, "push %s: %d sent\n", phase, total)
		}
	}
	return po, gr, nil
}

func printPush(g *globalOptions, o *pushOptions, rep *pushReport) {
	if c := rep.Converge; c != nil {
		fmt.Fprintf(g.stdout, "converged with %d entities of the cluster: %d of %d local entities joined, %d unjoined, %d renamed, %d given a gazetteer entry; %d keys to send again\n",
			c.Known, c.Merged, c.Local, c.Unjoined, c.Renamed, c.Entries, c.Forgotten)
	}
	res := rep.Result
	verb := "sent"
	if o.dryRun {
		verb = "would send"
	}
	fmt.Fprintf(g.stdout, "%s %d records to %s in %.1fs (%d requests, %d retries)\n", verb, res.Sent(), o.addr, res.Seconds, res.Requests, res.Retries)
	for _, x := range []struct {
		name string
		c    dgraph.Counts
	}{{"entities", res.Entities}, {"sentences", res.Sentences}, {"relations", res.Relations}, {"articles", res.Articles}} {
		fmt.Fprintf(g.stdout, "  %-9s %d of %d changed, %d deleted\n", x.name, x.c.Sent, x.c.Total, x.c.Deleted)
	}
}

func mustLoad(st dgraph.State) map[string]string {
	m, _ := st.Load()
	return m
}

// oneLineErr keeps the first line of an error from the server.
func oneLineErr(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
