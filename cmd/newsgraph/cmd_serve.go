package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/web"
	"github.com/spf13/cobra"
)

type serveOptions struct {
	addr     string
	readOnly bool
}

func newServeCommand(g *globalOptions) *cobra.Command {
	o := &serveOptions{}
	c := &cobra.Command{
		Use:   "serve",
		Short: "Explore the graph and its evidence in a browser",
		Long: `Serve the store to a browser: search names, open entity pages (relations by
kind with their evidence sentences, an interactive neighbourhood graph),
articles with their mentions highlighted, and a side-by-side comparison of
what each outlet ties an entity to.

Unless --read-only, pages can merge, split, rename, retype and undo, through
the same curation log as the CLI; the server then holds the store, and other
commands that write to it are told so. It listens on 127.0.0.1 unless --addr
says otherwise, and needs no network access. Stop it with Ctrl-C.
` + exitHelp,
		Example: `  newsgraph serve
  newsgraph serve --db reuters.db --read-only --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runServe(g, o) },
	}
	c.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on")
	c.Flags().BoolVar(&o.readOnly, "read-only", false, "refuse curation; open the store read-only")
	return c
}

func runServe(g *globalOptions, o *serveOptions) error {
	st, err := store.Open(g.db, store.Options{ReadOnly: o.readOnly})
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := web.New(st, web.Options{ReadOnly: o.readOnly, Resolver: nameResolver})
	if err != nil {
		return failf(exitStore, "%s: %v", g.db, err)
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return failf(exitStore, "listen on %s: %v", o.addr, err)
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(g.stderr, "newsgraph: serving %s on http://%s/ (Ctrl-C stops)\n", g.db, ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return failf(exitStore, "serve: %v", err)
	}
	return nil
}
