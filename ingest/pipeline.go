package ingest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Options tunes an Engine; the zero value gives defaults.
type Options struct {
	// Extractor returns the extractor; it is called once, on first use
	// (loading the gazetteer costs a fraction of a second that a
	// re-ingest of known input need not pay), and its result is shared
	// by all workers, so it must be safe for concurrent use. Nil means
	// DefaultExtractor.
	Extractor func() *entities.Extractor

	Workers       int // extraction workers (default GOMAXPROCS)
	Inflight      int // pieces between reader and writer (default 16 per worker)
	InflightBytes int // input bytes between reader and writer (default 64 MB: one huge file at a time)
	BatchArticles int // articles per transaction at most (default 32; see below)
	BatchBytes    int // article text per transaction at most (default: no bound but the store's transaction limits, txnbudget.go)

	// FixedBatches commits only full batches (BatchArticles articles or
	// BatchBytes of text) and the last one, instead of also committing
	// whenever the workers have nothing ready. Batch boundaries then do
	// not depend on timing: for tests that check the graph does not
	// depend on them either.
	FixedBatches bool

	// extract, when not nil, replaces the extractor: tests give canned
	// extractions to the pipeline.
	extract func(a *article.Article) *entities.Extraction
	// txnLimits, when not zero, replaces the store's transaction limits
	// the writer sizes batches from (txnbudget.go): tests make batches
	// too big for one transaction with it.
	txnLimits store.TxnLimits
}

func (c *Options) defaults() {
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Inflight <= 0 {
		c.Inflight = 16 * c.Workers
	}
	if c.InflightBytes <= 0 {
		c.InflightBytes = 64 << 20
	}
	if c.BatchArticles <= 0 {
		// A batch writes a record that several of its articles change
		// (an entity's counts, a relation's weight) once, and pays
		// Badger's cost per commit once. Linking's name lookups do not
		// grow with the batch: the write cache serves them, or iterates
		// a snapshot of the committed store, not the transaction's
		// pending writes (graph/store/writecache.go). On Reuters-21578, 32
		// articles a transaction take a quarter less CPU in the writer
		// and in Badger than one.
		c.BatchArticles = 32
	}
	if c.BatchBytes <= 0 {
		c.BatchBytes = math.MaxInt
	}
	if c.Extractor == nil {
		c.Extractor = DefaultExtractor
	}
}

// writeCacheBytes bounds the store's write cache during an ingest: the
// records linking reads back, kept in memory (store.Store.CacheWrites).
// Reuters-21578 needs about 40 MB.
const writeCacheBytes = 96 << 20

// The ingest pipeline has three stages:
//
//  1. one reader walks the inputs and splits them into pieces (a file, or
//     one line of a JSON lines file) without parsing them;
//  2. workers, one per core, read each piece into articles (decoding,
//     HTML extraction, cleaning), skip input and articles already stored
//     (by digest and content hash, in read-only transactions) and extract
//     entities and relations;
//  3. one writer takes the results in input order and links and commits
//     them, several articles per transaction.
//
// Linking reads what earlier articles stored, so it runs serially in input
// order: the store ends up exactly as a serial run leaves it (same entity
// IDs, same merges), wherever batches end. A transaction holds whole articles only, so after a
// crash each article is stored whole or not at all. Memory is bounded by
// the pieces in flight, limited in number and in bytes.

// job is one piece (or a failure to split input into pieces), numbered in
// input order.
type job struct {
	seq   int
	piece *article.Piece
	err   error
}

// done is what a worker made of a job.
type done struct {
	job
	cancelled bool // not processed: the pipeline was stopped first
	known     int  // > 0: the whole piece is stored already (this many articles)
	sum       [16]byte
	items     []workItem
}

// workItem is one article of a piece, or one failure.
type workItem struct {
	a         *article.Article
	id        string
	words     int
	unchanged bool                 // stored already
	ex        *entities.Extraction // when not unchanged
	err       error
}

// session is one Run: the pipeline's shared state.
type session struct {
	cfg       *Options
	store     *store.Store
	extractor func() *entities.Extractor
	sum       *Summary
	// step is called once per input item handled (article or failure).
	step func()
	// stoppedAt names the first input not ingested after an interruption.
	stoppedAt string
	stored    *storedIndex // what is stored, for the workers
	bud       *budget
	stop      chan struct{} // closed when the writer gives up
	stopOnce  sync.Once
	load      extractorLoad // the extractor's load, which an interruption need not wait for
}

// abort tells the reader and the workers that the writer gave up.
func (p *session) abort() { p.stopOnce.Do(func() { close(p.stop) }) }

// run ingests the inputs. It returns an error only when the store fails;
// input failures are counted in the summary. When ctx is cancelled, it
// stops reading, finishes the pieces in flight, commits, and returns with
// sum.Interrupted set.
func (p *session) run(ctx context.Context, inputs []Input) error {
	jobs := make(chan job, p.cfg.Inflight)
	results := make(chan *done, p.cfg.Inflight)
	p.bud = newBudget(p.cfg.Inflight, p.cfg.InflightBytes)
	p.stop = make(chan struct{})

	unread := "" // the first input the reader left when stopped
	go func() {
		unread = p.read(ctx, inputs, jobs)
		close(jobs)
	}()
	var wg sync.WaitGroup
	for range p.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.worker(ctx, jobs, results)
		}()
	}
	go func() { wg.Wait(); close(results) }()

	if err := p.write(results); err != nil {
		return err
	}
	if p.stoppedAt == "" {
		p.stoppedAt = unread
	}
	p.sum.StoppedAt = p.stoppedAt
	p.sum.Interrupted = p.stoppedAt != ""
	return nil
}

// read walks the inputs and sends their pieces, in order, until the
// inputs end, ctx is cancelled or the writer gives up. It returns the
// first input it left unread after a cancellation.
func (p *session) read(ctx context.Context, inputs []Input, jobs chan<- job) (unread string) {
	seq := 0
	// Each input is walked visiting each file once (links that fan out
	// lead to it by many paths); an input given twice is read twice, the
	// second time found stored.
	var walks []*article.Walk
	defer func() {
		for _, w := range walks {
			p.sum.Seen += w.Seen
		}
	}()
	send := func(pc *article.Piece, err error) bool {
		size := 0
		if pc != nil {
			size = pc.Size
		}
		p.bud.acquire(size)
		if ctx.Err() != nil {
			p.bud.release(size)
			unread = placeOf(pc, err)
			return false
		}
		select {
		case jobs <- job{seq: seq, piece: pc, err: err}:
			seq++
			return true
		case <-p.stop:
			p.bud.release(size)
			return false
		}
	}
	for _, in := range inputs {
		if in.Reader != nil {
			r, release := cancelable(ctx, in.Reader)
			defer release()
			for pc, err := range article.ReaderPieces(r, in.Path, in.Format) {
				if !send(pc, err) {
					return unread
				}
			}
			continue
		}
		walk := new(article.Walk)
		walks = append(walks, walk)
		for path, err := range walk.Files([]string{in.Path}) {
			if err != nil {
				if !send(nil, err) {
					return unread
				}
				continue
			}
			for pc, err := range article.Pieces(path) {
				if !send(pc, err) {
					return unread
				}
			}
		}
	}
	return unread
}

// worker works the jobs until they end; once the writer gave up it only
// drains them.
func (p *session) worker(ctx context.Context, jobs <-chan job, results chan<- *done) {
	for j := range jobs {
		var d *done
		select {
		case <-p.stop:
			d = &done{job: j, cancelled: j.err == nil}
		default:
			d = p.work(ctx, j)
		}
		select {
		case results <- d:
		case <-p.stop:
		}
	}
}

// placeOf names a piece, or the input an error is about: "path" or
// "path:line".
func placeOf(pc *article.Piece, err error) string {
	path, line := "", 0
	var ae *article.Error
	switch {
	case pc != nil:
		path, line = pc.Path, pc.Line
	case errors.As(err, &ae):
		path, line = ae.Path, ae.Line
	default:
		return "?"
	}
	if line > 0 {
		return fmt.Sprintf("%s:%d", path, line)
	}
	return path
}

// size is the input bytes of the job's piece.
func (d *done) size() int {
	if d.piece == nil {
		return 0
	}
	return d.piece.Size
}

// work reads one piece into articles and extracts those not yet stored.
func (p *session) work(ctx context.Context, j job) *done {
	d := &done{job: j}
	if j.err != nil {
		return d
	}
	if ctx.Err() != nil {
		d.cancelled = true
		return d
	}
	d.sum = j.piece.Sum()
	if n, ok, err := p.stored.source(d.sum); err != nil {
		d.items = append(d.items, workItem{err: err})
		return d
	} else if ok {
		d.known = max(n, 1)
	}
	if d.known > 0 || !p.load.ready(ctx, p.extractor) {
		d.cancelled = d.known == 0 // interrupted while the extractor loads
		return d
	}
	for a, err := range j.piece.Articles() {
		it := workItem{a: a, err: err}
		if err == nil {
			it.id, it.words, it.unchanged, it.ex, it.err = p.prepare(a)
		}
		d.items = append(d.items, it)
	}
	return d
}

// prepare checks an article's size, identifies it and, unless it is
// stored already, extracts its entities.
func (p *session) prepare(a *article.Article) (id string, words int, unchanged bool, ex *entities.Extraction, err error) {
	if err := checkSize(a); err != nil {
		return "", 0, false, nil, err
	}
	id = article.ID(a.Text)
	words = countWords(a.Text)
	if ok, err := p.stored.hasContent(id); err != nil {
		return "", 0, false, nil, err
	} else if ok {
		return id, words, true, nil, nil
	}
	ex, err = extractSafely(func() *entities.Extraction {
		if p.cfg.extract != nil {
			return p.cfg.extract(a)
		}
		return p.extractor().ExtractArticle(a.Text, entities.ArticleInfo{Date: a.Date, Place: a.Place, Region: a.Region})
	})
	return id, words, false, ex, err
}

// write takes the workers' results in input order and commits them until
// the results end. After a store failure it drains the results and
// returns the failure.
func (p *session) write(results <-chan *done) error {
	w := &writer{p: p, cap: p.batchCap()}
	pending := map[int]*done{}
	next := 0
	var storeErr error
	for d := range results {
		if storeErr != nil { // draining after a store failure
			p.bud.release(d.size())
			continue
		}
		pending[d.seq] = d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			err := w.take(d)
			p.bud.release(d.size())
			if err != nil {
				storeErr = err
				p.abort()
				break
			}
		}
		// Commit when the batch is full, or when the workers have nothing
		// ready: waiting would only delay progress.
		if storeErr == nil && (w.full() || len(results) == 0 && !p.cfg.FixedBatches) {
			if err := w.flush(); err != nil {
				storeErr = err
				p.abort()
			}
		}
	}
	if storeErr == nil {
		storeErr = w.flush()
	}
	return storeErr
}

// writer links and commits results in input order, batching articles into
// transactions.
type writer struct {
	p        *session
	ops      []writeOp
	articles int // article ops in ops
	bytes    int
	// est is what the batch is estimated to write, cap the most it may
	// (txnbudget.go).
	est, cap store.TxnSize
	stopped  bool // an interrupted piece was met: nothing after it is taken
}

// writeOp is one thing to write: an article, or the record that a piece
// was stored whole.
type writeOp struct {
	it     *workItem
	sum    [16]byte
	ids    []string // for a piece record
	record bool
}

func (w *writer) full() bool {
	return w.articles >= w.p.cfg.BatchArticles || w.bytes >= w.p.cfg.BatchBytes ||
		w.est.Entries >= w.cap.Entries || w.est.Bytes >= w.cap.Bytes
}

// take queues the writes of one result, counting failures and unchanged
// articles. A store error stops the ingest.
func (w *writer) take(d *done) error {
	p := w.p
	if w.stopped {
		return nil
	}
	if d.cancelled {
		w.stopped = true
		p.stoppedAt = placeOf(d.piece, nil)
		return nil
	}
	if d.err != nil {
		p.fail(d.err)
		p.step()
		return nil
	}
	if d.known > 0 {
		p.sum.Unchanged += d.known
		for range d.known {
			p.step()
		}
		return nil
	}
	var ids []string
	whole := len(d.items) > 0
	for i := range d.items {
		it := &d.items[i]
		switch {
		case it.err != nil:
			var ae *article.Error
			if !errors.As(it.err, &ae) {
				return it.err
			}
			p.fail(it.err)
			p.step()
			// An article without text is settled: read again it would
			// be skipped again, so its input may be recorded as read.
			whole = whole && errors.Is(it.err, article.ErrNoText)
		case it.unchanged:
			p.sum.Unchanged++
			p.sum.Words += it.words
			ids = append(ids, it.id)
			p.step()
		default:
			// End the batch before an article that would take it past
			// what one transaction holds.
			cost := articleCost(it)
			if w.articles > 0 && !w.fits(cost) {
				if err := w.flush(); err != nil {
					return err
				}
			}
			w.ops = append(w.ops, writeOp{it: it})
			w.articles++
			w.bytes += len(it.a.Text)
			w.est.Entries += cost.Entries
			w.est.Bytes += cost.Bytes
			ids = append(ids, it.id)
			if w.full() {
				if err := w.flush(); err != nil {
					return err
				}
			}
		}
	}
	if whole {
		w.ops = append(w.ops, writeOp{record: true, sum: d.sum, ids: ids})
	}
	return nil
}

// commit writes ops in one transaction (or, inParts, in as many as they
// need, still whole or not at all) and counts them once committed.
func (w *writer) commit(ops []writeOp, inParts bool) error {
	p := w.p
	update := p.store.Update
	if inParts {
		update = p.store.UpdateInParts
	}
	added, dup, words := 0, 0, 0
	err := update(func(t *store.Txn) error {
		added, dup, words = 0, 0, 0
		for _, op := range ops {
			if op.record {
				if err := putSource(t, op); err != nil {
					return err
				}
				continue
			}
			it := op.it
			words += it.words
			// The same text may come twice in one run: the second is
			// unchanged.
			if _, ok, err := t.HasContent(it.id); err != nil {
				return err
			} else if ok {
				dup++
				continue
			}
			if err := putArticle(t, it); err != nil {
				return err
			}
			added++
		}
		return nil
	})
	if err != nil {
		return err
	}
	p.stored.committed(ops)
	p.sum.Added += added
	p.sum.Unchanged += dup
	p.sum.Words += words
	for range added + dup {
		p.step()
	}
	return nil
}

// putArticle stores one article: its record, its text, and what it
// mentions, linked to the entities already stored.
func putArticle(t *store.Txn, it *workItem) error {
	a := it.a
	rec := &graph.Article{ID: it.id, Ref: a.Ref, Title: a.Title, Source: a.Source, URL: a.URL, Date: a.Date, Byline: a.Byline, Place: a.Place, Path: a.Path}
	if err := t.PutArticle(rec, a.Text, it.id); err != nil {
		return err
	}
	if _, err := Link(t, it.id, it.ex); err != nil {
		return fmt.Errorf("%s: linking: %w", a.Path, err)
	}
	return nil
}

// putSource records that a piece is stored whole, if all its articles
// are indeed stored (one may have been refused as too big).
func putSource(t *store.Txn, op writeOp) error {
	for _, id := range op.ids {
		if _, ok, err := t.HasContent(id); err != nil || !ok {
			return err
		}
	}
	return t.PutSource(op.sum, op.ids)
}
