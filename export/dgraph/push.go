package dgraph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/newsgraph/newsgraph/graph"
)

// Options tune a push.
type Options struct {
	// Scores are written on entities when present.
	Scores Scores
	// Store tags this store's share of each entity node (ng_base: the
	// entities, as linking left them, that the entity pushed under the
	// node's key stands for), which stores converging on the cluster
	// resolve (see Known). It names the store among those that push into
	// the cluster; "" writes no share.
	Store string
	// Bases are, by entity ID of the graph pushed, the entities as
	// linking left them that it stands for (itself, and those the store's
	// joins joined into it); an entity missing stands for itself.
	Bases map[graph.ID][]Base
	// Batch is the number of records per request (default 100).
	Batch int
	// Workers is the number of requests in flight (default 8).
	Workers int
	// DryRun plans the push without connecting or saving the state.
	DryRun bool
	// Progress, when set, is called after each request with the phase
	// ("entities and sentences", "relations and articles", "deletes"),
	// done and total.
	Progress func(phase string, done, total int)
}

// Counts says how many records of one kind the graph holds, how many the
// push sent (new or changed) and how many it deleted from the cluster.
type Counts struct {
	Total   int `json:"total"`
	Sent    int `json:"sent"`
	Deleted int `json:"deleted"`
}

// Result summarises a push.
type Result struct {
	Entities Counts `json:"entities"`
	// Sentences are the evidence sentences, one node each however many
	// relations they support.
	Sentences Counts `json:"sentences"`
	Relations Counts `json:"relations"`
	Articles  Counts `json:"articles"`
	Requests  int    `json:"requests"`
	Retries   int    `json:"retries"`
	// Evidence counts the links from the relations sent to their sentences.
	Evidence int     `json:"evidence"`
	Seconds  float64 `json:"seconds"`
}

// Sent is the number of records the push wrote or deleted.
func (r *Result) Sent() int {
	n := 0
	for _, c := range []Counts{r.Entities, r.Sentences, r.Relations, r.Articles} {
		n += c.Sent + c.Deleted
	}
	return n
}

// Push writes g into the cluster behind dg (nil with o.DryRun), sending
// only records whose hash differs from st and deleting keys st holds that
// g no longer has. The state is saved even when the push fails part way,
// so a second run sends only what is still missing.
func Push(ctx context.Context, dg *dgo.Dgraph, g *graph.Graph, st State, o Options) (*Result, error) {
	start := time.Now()
	if o.Batch <= 0 {
		o.Batch = 100
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
	prev, err := st.Load()
	if err != nil {
		return nil, err
	}
	ents, rels, arts, err := records(g, o)
	if err != nil {
		return nil, err
	}
	sents := sentenceRecords(g)
	res := &Result{}
	res.Entities.Total, res.Sentences.Total, res.Relations.Total, res.Articles.Total = len(ents), len(sents), len(rels), len(arts)
	current := map[string]bool{}
	// Write order: what a record links to is written before it.
	var changed [4][]*record
	for i, list := range [][]*record{ents, sents, rels, arts} {
		for _, r := range list {
			current[r.key] = true
			if prev[r.key] != r.hash {
				changed[i] = append(changed[i], r)
			}
		}
	}
	for _, r := range changed[2] {
		res.Evidence += len(r.body["ng_evidence"].([]seqRef))
	}
	var gone []string
	for k := range prev {
		if !current[k] {
			gone = append(gone, k)
		}
	}
	sortGone(gone)
	for _, k := range gone {
		countsOf(res, k).Deleted++
	}
	res.Entities.Sent, res.Sentences.Sent, res.Relations.Sent, res.Articles.Sent = len(changed[0]), len(changed[1]), len(changed[2]), len(changed[3])
	if o.DryRun {
		res.Seconds = time.Since(start).Seconds()
		return res, nil
	}
	if err := ensureSchema(ctx, dg); err != nil {
		return res, fmt.Errorf("set schema: %w", err)
	}
	p := &pusher{dg: dg, state: prev, o: o, res: res, mine: ownSentences(g, prev)}
	defer func() { res.Seconds = time.Since(start).Seconds() }()
	err = p.deletes(ctx, gone)
	// Two phases, not four: entities and sentences link to nothing, and
	// relations and articles link only to them, so each pair can share
	// batches, and the workers idle at the end of a phase only twice.
	for _, ph := range []struct {
		name string
		recs []*record
	}{
		{"entities and sentences", slices.Concat(changed[0], changed[1])},
		{"relations and articles", slices.Concat(changed[2], changed[3])},
	} {
		if err != nil {
			break
		}
		err = p.phase(ctx, ph.name, ph.recs)
	}
	if serr := st.Save(p.state); err == nil && serr != nil {
		err = fmt.Errorf("save push state: %w", serr)
	}
	return res, err
}

func countsOf(res *Result, key string) *Counts {
	switch key[0] {
	case 'r':
		return &res.Relations
	case 'a':
		return &res.Articles
	case 's':
		return &res.Sentences
	}
	return &res.Entities
}

// pusher runs the requests of one push and keeps its state.
type pusher struct {
	dg    *dgo.Dgraph
	o     Options
	mu    sync.Mutex
	state map[string]string
	res   *Result
	mine  func(key string) bool
}

// ownSentences reports whether a sentence key belongs to an article of g
// or of an earlier push of this store: links to other sentences are
// another store's evidence, which a push leaves alone.
func ownSentences(g *graph.Graph, prev map[string]string) func(string) bool {
	arts := make(map[string]bool, len(g.Articles))
	for i := range g.Articles {
		arts[ArticleKey(&g.Articles[i])] = true
	}
	for k := range prev {
		if strings.HasPrefix(k, "a:") {
			arts[k] = true
		}
	}
	return func(key string) bool {
		a, _, _ := strings.Cut(strings.TrimPrefix(key, "s:"), keySep)
		return arts["a:"+a]
	}
}

// deletes removes keys in batches: relations first, so no edge is left
// pointing at a deleted entity or sentence, then articles, sentences and
// entities.
func (p *pusher) deletes(ctx context.Context, gone []string) error {
	for len(gone) > 0 {
		// One group (relations, articles, entities) at a time: the
		// workers of a group run in parallel.
		n := 1
		for n < len(gone) && gone[n][0] == gone[0][0] {
			n++
		}
		group := gone[:n]
		gone = gone[n:]
		err := p.run(ctx, "deletes", len(group), func(lo, hi int) (*upsert, func()) {
			u := newUpsert()
			for _, k := range group[lo:hi] {
				u.remove(k)
			}
			return u, func() {
				for _, k := range group[lo:hi] {
					delete(p.state, k)
				}
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *pusher) phase(ctx context.Context, name string, recs []*record) error {
	return p.run(ctx, name, len(recs), func(lo, hi int) (*upsert, func()) {
		u := newUpsert()
		u.mine = p.mine
		u.store = p.o.Store
		for _, r := range recs[lo:hi] {
			u.add(r)
		}
		return u, func() {
			for _, r := range recs[lo:hi] {
				p.state[r.key] = r.hash
			}
		}
	})
}

// run sends n items in batches of o.Batch from o.Workers goroutines. For
// each batch, build gives the request and what to record once it is
// committed. The first error stops the phase.
func (p *pusher) run(ctx context.Context, name string, n int, build func(lo, hi int) (*upsert, func())) error {
	if n == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan [2]int)
	go func() {
		defer close(next)
		for lo := 0; lo < n; lo += p.o.Batch {
			select {
			case next <- [2]int{lo, min(lo+p.o.Batch, n)}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	var firstErr error
	done := 0
	for range p.o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range next {
				u, commit := build(b[0], b[1])
				retries, err := p.send(ctx, u)
				p.mu.Lock()
				p.res.Retries += retries
				p.res.Requests++
				if err != nil {
					if firstErr == nil {
						firstErr = fmt.Errorf("%s: %w", name, err)
						cancel()
					}
					p.mu.Unlock()
					return
				}
				commit()
				done += b[1] - b[0]
				if p.o.Progress != nil {
					p.o.Progress(name, done, n)
				}
				p.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return firstErr
}

// maxAttempts bounds the retries of a request that keeps aborting.
const maxAttempts = 30

// send commits one upsert, retrying when another writer's transaction made
// it abort. It returns the number of retries.
func (p *pusher) send(ctx context.Context, u *upsert) (int, error) {
	wait := 20 * time.Millisecond
	for attempt := 0; ; attempt++ {
		err := p.try(ctx, u)
		if err == nil || !retryable(err) || attempt+1 == maxAttempts {
			return attempt, err
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return attempt, ctx.Err()
		}
		wait = min(2*wait, time.Second)
	}
}

// retryable reports whether a request that failed with err may succeed
// when sent again: another writer's transaction made it abort, or another
// writer's schema change is rebuilding an index ("Predicate ng_key is not
// indexed" until the rebuild ends; concurrent pushes each set the schema),
// or a predicate's tablet is between groups, as it is for a moment after
// another writer's drop_all or while zero moves it ("Tablet isn't being
// served by this instance"), or an alpha has lost its connection to the
// group that serves a predicate for a moment, as a loaded machine shows
// ("cannot retrieve predicate information: No connection exists").
func retryable(err error) bool {
	if errors.Is(err, dgo.ErrAborted) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "is not indexed") || strings.Contains(msg, "schema is already being modified") ||
		strings.Contains(msg, "Tablet isn't being served") || strings.Contains(msg, "No connection exists")
}

// try runs u in one transaction: the lookup, then the mutation, committed.
func (p *pusher) try(ctx context.Context, u *upsert) error {
	txn := p.dg.NewTxn()
	defer txn.Discard(ctx)
	q, vars := u.lookup()
	resp, err := txn.QueryWithVars(ctx, q, vars)
	if err != nil {
		return err
	}
	f, err := parseLookup(resp.Json, u.index)
	if err != nil {
		return err
	}
	set, del, err := u.mutation(f)
	if err != nil {
		return err
	}
	if set == nil && del == nil {
		return txn.Commit(ctx)
	}
	_, err = txn.Mutate(ctx, &api.Mutation{Set: set, Del: del, CommitNow: true})
	return err
}

// ensureSchema sets the schema unless the cluster has it already, trying
// again for a while: a cluster that has just started answers health checks
// before its alphas reach each other ("No connection exists"), and an
// alter fails while another pusher's transactions are pending.
func ensureSchema(ctx context.Context, dg *dgo.Dgraph) error {
	return retrySchema(ctx, func() error {
		ok, err := schemaInPlace(ctx, dg)
		if err != nil || ok {
			return err
		}
		return dg.SetSchema(ctx, Schema())
	})
}

// Empty drops every node, predicate and the schema from the cluster
// (what the tests start from), trying
// again for a while as ensureSchema does: a cluster just started may not
// yet reach all its groups.
func Empty(ctx context.Context, dg *dgo.Dgraph) error {
	return retrySchema(ctx, func() error { return dg.DropAll(ctx) })
}

// retrySchema runs set up to ten times, a second or two apart, until it
// succeeds.
func retrySchema(ctx context.Context, set func() error) error {
	var err error
	for attempt := range 10 {
		if attempt > 0 {
			select {
			case <-time.After(time.Second + time.Duration(attempt)*100*time.Millisecond):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if err = set(); err == nil {
			return nil
		}
	}
	return err
}
