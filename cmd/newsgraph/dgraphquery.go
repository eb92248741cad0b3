package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
)

// dgraphHelp explains --dgraph in the help of the read commands.
const dgraphHelp = `
--dgraph HOST:PORT answers from a Dgraph cluster the store was pushed to (see
push), with the same output. NAME is matched exactly against names and
aliases ("#12": the entity the pushing store numbers 12); ids are those of
the store that last pushed each entity. The connection is plain text unless
--tls, --tls-ca FILE or --tls-server-name NAME is given, as for push.
`

// dgraphQueryTimeout bounds one command's queries.
const dgraphQueryTimeout = 2 * time.Minute

// dgraphReader is a connection a read command answers through.
type dgraphReader struct {
	ctx    context.Context
	dg     *dgo.Dgraph
	cmd    string // the command, for messages
	addr   string
	cancel func()
	close  func() error
	// within, when set, keeps the entities a name may stand for: those of
	// the part of the graph the command looks at.
	within func([]dgraph.Match) ([]dgraph.Match, error)
}

// openDgraph connects to the alpha at addr, with TLS as tf asks (failing within
// dgraph.DialTimeout when nothing answers there).
func openDgraph(cmd, addr string, tf *tlsFlags) (*dgraphReader, error) {
	tc, err := tf.config()
	if err != nil {
		return nil, failf(exitFailure, "%s: %v", cmd, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), dgraphQueryTimeout)
	dg, closeConn, err := dgraph.Dial(ctx, addr, tc)
	if err != nil {
		cancel()
		return nil, failf(exitFailure, "%s: %v", cmd, err)
	}
	return &dgraphReader{ctx: ctx, dg: dg, cmd: cmd, addr: addr, cancel: cancel, close: closeConn}, nil
}

func (r *dgraphReader) Close() {
	r.close()
	r.cancel()
}

// fail turns a query's error into the command's one-line failure.
func (r *dgraphReader) fail(err error) error {
	return failf(exitFailure, "%s: dgraph %s: %s", r.cmd, r.addr, oneLineErr(err))
}

// find resolves a name given on the command line to one entity key, as
// findOne does in the store: several matches fail with the candidates
// unless pick (1-based) chooses one.
func (r *dgraphReader) find(name string, pick int) (string, error) {
	ms, err := dgraph.FindEntities(r.ctx, r.dg, name)
	if err == nil && r.within != nil {
		ms, err = r.within(ms)
	}
	if err != nil {
		return "", r.fail(err)
	}
	switch {
	case len(ms) == 0:
		return "", failf(exitFailure, "no entity named %s in Dgraph at %s", quote(name), r.addr)
	case pick < 0 || pick > len(ms):
		return "", failf(exitStore, "--pick %d: %s matches %d entities", pick, quote(name), len(ms))
	case pick > 0:
		return ms[pick-1].Key, nil
	case len(ms) > 1:
		var b strings.Builder
		fmt.Fprintf(&b, "%s matches %d entities in Dgraph at %s; give a fuller name, \"#ID\", or --pick N:", quote(name), len(ms), r.addr)
		for i, m := range ms[:min(len(ms), maxCandidates)] {
			fmt.Fprintf(&b, "\n  %d. %s (#%d, %s, %d mentions)", i+1, safe(m.Name), m.ID, m.Type, m.Mentions)
		}
		if len(ms) > maxCandidates {
			fmt.Fprintf(&b, "\n  ... and %d more", len(ms)-maxCandidates)
		}
		return "", failf(exitFailure, "%s", b.String())
	}
	return ms[0].Key, nil
}

// pickOf is the --pick choice for the i-th name.
func pickOf(n nameFlags, i int) int {
	if i < len(n.pick) {
		return n.pick[i]
	}
	return 0
}

// dgraphNeighbours answers neighbours from a Dgraph cluster: the entities
// within --depth read as a graph, sliced as the store's graph would be,
// then what neighbours prints for the store. The subgraph is read over the
// whole cluster first and sliced after: slicing only removes relations,
// so what lies within --depth of the slice was read.
func dgraphNeighbours(o *neighboursOptions, name string, kinds []graph.Kind) ([]neighbourRow, error) {
	if err := o.slice.check(); err != nil {
		return nil, err
	}
	r, err := openDgraph("neighbours", o.dgraph, &o.tls)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	r.within = func(ms []dgraph.Match) ([]dgraph.Match, error) { return inSlice(r, o.slice.o, ms) }
	key, err := r.find(name, pickOf(o.names, 0))
	if err != nil {
		_, err = o.slice.scope(nil, err)
		return nil, err
	}
	sub, err := dgraph.NeighbourSubgraph(r.ctx, r.dg, key, o.depth, follows(kinds), o.slice.o.Active())
	if err != nil {
		return nil, r.fail(err)
	}
	gr := o.slice.apply(sub.Graph, 0)
	e := gr.Entity(sub.Entity(key).ID)
	if e == nil { // pushed again between the two reads
		return nil, failf(exitFailure, "%s changed in Dgraph at %s while it was read; ask again", quote(name), r.addr)
	}
	rows := neighboursFrom(gr, e, o.depth, kinds)
	for i := range rows {
		rows[i].ID = sub.StoreID(rows[i].ID)
	}
	return rows, nil
}

// inSlice keeps the matches that an article selected by o mentions, as
// the store finds a name only among the entities of its slice.
func inSlice(r *dgraphReader, o analytics.SliceOptions, ms []dgraph.Match) ([]dgraph.Match, error) {
	if len(ms) == 0 || o.Source == "" && o.Since == "" && o.Until == "" {
		return ms, nil
	}
	keys := make([]string, len(ms))
	for i, m := range ms {
		keys[i] = m.Key
	}
	arts, err := dgraph.MentioningArticles(r.ctx, r.dg, keys)
	if err != nil {
		return nil, err
	}
	var keep []dgraph.Match
	for _, m := range ms {
		if slices.ContainsFunc(arts[m.Key], func(a graph.Article) bool { return o.KeepsArticle(&a) }) {
			keep = append(keep, m)
		}
	}
	return keep, nil
}

// follows says whether a relation kind is one of kinds (all when none).
func follows(kinds []graph.Kind) func(graph.Kind) bool {
	return func(k graph.Kind) bool { return len(kinds) == 0 || slices.Contains(kinds, k) }
}

// dgraphShow answers show from a Dgraph cluster: the entity's part of the
// cluster read as a graph, then what show prints for the store.
func dgraphShow(o *showOptions, name string) (*showResult, error) {
	r, err := openDgraph("show", o.dgraph, &o.tls)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	key, err := r.find(name, pickOf(o.names, 0))
	if err != nil {
		return nil, err
	}
	sub, err := dgraph.EntitySubgraph(r.ctx, r.dg, key, o.evidence)
	if err != nil {
		return nil, r.fail(err)
	}
	res := showFrom(sub.Graph, sub.Entity(key))
	res.Entity.ID = sub.StoreID(res.Entity.ID)
	for i := range res.Relations {
		res.Relations[i].Other.ID = sub.StoreID(res.Relations[i].Other.ID)
	}
	return res, nil
}

// dgraphPath answers path from a Dgraph cluster: the part of the cluster a
// shortest path depends on read as a graph, then what path prints for the
// store.
func dgraphPath(o *pathOptions, a, b string, kinds []graph.Kind) (*pathResult, error) {
	r, err := openDgraph("path", o.dgraph, &o.tls)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	ka, err := r.find(a, pickOf(o.names, 0))
	if err != nil {
		return nil, err
	}
	kb, err := r.find(b, pickOf(o.names, 1))
	if err != nil {
		return nil, err
	}
	sub, err := dgraph.PathSubgraph(r.ctx, r.dg, ka, kb, follows(kinds))
	if err != nil {
		return nil, r.fail(err)
	}
	evidence := func(ids []graph.ID) error {
		on := map[[2]graph.ID]bool{}
		for i := 0; i+1 < len(ids); i++ {
			on[[2]graph.ID{ids[i], ids[i+1]}], on[[2]graph.ID{ids[i+1], ids[i]}] = true, true
		}
		keep := func(rel *graph.Relation) bool { return on[[2]graph.ID{rel.Source, rel.Target}] }
		if err := sub.LoadEvidence(r.ctx, r.dg, keep, pathEvidence); err != nil {
			return r.fail(err)
		}
		return nil
	}
	res, err := pathFrom(sub.Graph, sub.Entity(ka), sub.Entity(kb), kinds, evidence)
	if err != nil {
		return nil, err
	}
	for _, ref := range res.refs() {
		ref.ID = sub.StoreID(ref.ID)
	}
	return res, nil
}
