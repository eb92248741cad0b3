package main

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/spf13/cobra"
)

type pushOptions struct {
	addr          string
	dryRun        bool
	asJSON        bool
	full          bool
	batch         int
	workers       int
	tls           bool
	tlsCA         string
	tlsServerName string
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

Connections are plain text unless --tls, --tls-ca or --tls-server-name is
given; use TLS for any cluster beyond loopback.

With --json, prints {entities, sentences, relations, articles (each total,
sent, deleted), requests, retries, evidence (links from the relations sent to
their sentences), seconds}.
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
	f.BoolVar(&o.tls, "tls", false, "connect with TLS, verifying the server with the system's roots")
	f.StringVar(&o.tlsCA, "tls-ca", "", "connect with TLS, verifying the server with this PEM CA file")
	f.StringVar(&o.tlsServerName, "tls-server-name", "", "connect with TLS, expecting this server name")
	return c
}

func (o *pushOptions) tlsConfig() (*tls.Config, error) {
	if !o.tls && o.tlsCA == "" && o.tlsServerName == "" {
		return nil, nil
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: o.tlsServerName}
	if o.tlsCA != "" {
		pem, err := os.ReadFile(o.tlsCA)
		if err != nil {
			return nil, err
		}
		tc.RootCAs = x509.NewCertPool()
		if !tc.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%s: no PEM certificate in it", o.tlsCA)
		}
	}
	return tc, nil
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
	tc, err := o.tlsConfig()
	if err != nil {
		return failf(exitFailure, "push: %v", err)
	}
	gr, err := loadGraph(g, -1)
	if err != nil {
		return err
	}
	pr, err := analytics.Centrality(gr, analytics.PageRank, analytics.Options{})
	if err != nil {
		return err
	}
	comm, _, err := analytics.Communities(gr, analytics.Options{})
	if err != nil {
		return err
	}
	var st dgraph.State = dgraph.FileState{Path: pushStatePath(g.db, o.addr)}
	if o.full {
		st = &dgraph.MemState{}
	}
	po := dgraph.Options{Scores: dgraph.Scores{PageRank: pr, Community: comm}, Batch: o.batch, Workers: o.workers, DryRun: o.dryRun}
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
	ctx := c.Context()
	var res *dgraph.Result
	if o.dryRun {
		res, err = dgraph.Push(ctx, nil, gr, st, po)
	} else {
		dg, closeConn, derr := dgraph.Dial(ctx, o.addr, tc)
		if derr != nil {
			return failf(exitFailure, "push: %v", derr)
		}
		defer closeConn()
		res, err = dgraph.Push(ctx, dg, gr, st, po)
	}
	if err != nil {
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
		return writeJSON(g.stdout, res)
	}
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
	return nil
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
