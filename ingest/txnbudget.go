package ingest

import (
	"errors"

	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph/store"
)

// A batch is committed in one transaction, which Badger refuses past its
// limits (store.TxnLimits: 26,212 entries and 2.5 MB with the store's 16
// MB memtable). A batch that is refused is rolled back and committed
// again one article at a time (writer.flush), linking each article twice:
// correct, but wasted work. So the writer estimates what each article will
// write, from its text and its extraction, before linking it, and ends a
// batch before the estimate passes half the limits.
//
// The estimate was measured on BBC + Reuters-21578 (20,788 articles,
// Txn.Size before and after each article's putArticle):
//
//   - entries: 3 + 2 per entity + 1 per mention + 2 per relation + 1 per
//     evidence sentence. The article's own entries were that estimate
//     times 1.08 on average (median 1.01, 99th percentile 1.71, at
//     most 2.20);
//   - bytes: the text (one value) plus about 64 bytes an entry (keys and
//     the small records linking writes: mean 62, 99th percentile 90, at
//     most 117).
//
// A batch sums many articles, so its ratio stays near the mean; half the
// limits leaves room for a batch that writes up to twice its estimate.
// The article text alone was a poor measure: linking writes about 4 bytes
// for each byte of text, up to 40 in articles dense with names.
//
// An article may be too big for a transaction on its own: BBC articles
// run together pass the limit between 400 KB and 700 KB of text, and
// ingest accepts 4 MB. Committed alone it fails (ErrTxnTooBig) and is
// then committed in parts (store.UpdateInParts: several transactions,
// stored whole or not at all all the same, across a crash too), counted
// in Summary.InParts. It is tried in one transaction first: the estimate
// is too loose to tell, and the attempt stops at the limit, so it costs
// at most one transaction's worth of linking, and only such rare
// articles pay it.

const (
	entryBytes = 64 // bytes an entry of linking's adds, besides the text (measured)
	fixedCost  = 3  // the article's record, text and content hash
)

// articleCost estimates what storing and linking it adds to a
// transaction.
func articleCost(it *workItem) store.TxnSize {
	n := fixedCost
	if ex := it.ex; ex != nil {
		n += 2 * len(ex.Entities)
		for _, e := range ex.Entities {
			n += len(e.Mentions)
		}
		n += 2 * len(ex.Relations)
		for _, r := range ex.Relations {
			n += len(r.Sentences)
		}
	}
	return store.TxnSize{Entries: n, Bytes: len(it.a.Text) + entryBytes*n}
}

// batchCap is the most a batch's estimated cost may reach: half of what
// one transaction may hold (the test hook Options.txnLimits replaces the
// store's limits).
func (p *session) batchCap() store.TxnSize {
	l := p.store.TxnLimits()
	if p.cfg.txnLimits != (store.TxnLimits{}) {
		l = p.cfg.txnLimits
	}
	return store.TxnSize{Entries: l.Entries / 2, Bytes: l.Bytes / 2}
}

// fits reports whether an article of cost c may join the batch.
func (w *writer) fits(c store.TxnSize) bool {
	return w.est.Entries+c.Entries <= w.cap.Entries && w.est.Bytes+c.Bytes <= w.cap.Bytes
}

// flush commits the queued writes in one transaction. When the batch is
// too big for one transaction it is committed one article at a time, and
// an article too big on its own in parts (store.UpdateInParts: whole or
// not at all still). Linking leaves the extractions as they were
// (linkEntity), so an article linked again links as it would have the
// first time, and the graph does not depend on where batches end
// (TestBatchBoundaries).
func (w *writer) flush() error {
	if len(w.ops) == 0 {
		return nil
	}
	ops := w.ops
	w.ops, w.articles, w.bytes, w.est = nil, 0, 0, store.TxnSize{}
	err := w.commit(ops, false)
	if errors.Is(err, store.ErrTxnTooBig) && len(ops) > 1 {
		w.p.sum.Retried++
		for i := range ops {
			if err := w.commitAlone(ops[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if errors.Is(err, store.ErrTxnTooBig) {
		return w.inParts(ops[0])
	}
	return err
}

// commitAlone commits one op in a transaction of its own, or in parts
// when one cannot hold it.
func (w *writer) commitAlone(op writeOp) error {
	err := w.commit([]writeOp{op}, false)
	if errors.Is(err, store.ErrTxnTooBig) {
		return w.inParts(op)
	}
	return err
}

// inParts commits an article too big for one transaction in parts. Only
// a single write bigger than a transaction could still be refused; the
// article is then reported as failed.
func (w *writer) inParts(op writeOp) error {
	err := w.commit([]writeOp{op}, true)
	if errors.Is(err, store.ErrTxnTooBig) {
		w.tooBig(op)
		return nil
	}
	if err == nil && !op.record {
		w.p.sum.InParts++
	}
	return err
}

func (w *writer) tooBig(op writeOp) {
	if op.record {
		return // only an optimisation; the articles are stored
	}
	w.p.fail(&article.Error{Path: op.it.a.Path, Line: op.it.a.Line, Err: errors.New("article adds too much to store, even in parts")})
	w.p.step()
}
